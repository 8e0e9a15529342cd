/** Styles of Tact's overlay elements; they live in the elements' shadow roots, untouched by the site's CSS. */
export const OVERLAY_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; }
* { box-sizing: border-box; }
.trigger { position: fixed; width: 28px; height: 28px; border-radius: 14px; border: 1px solid #c7c7cc; background: #fff; color: #5b3df5; font-size: 15px; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.15); padding: 0; }
.trigger:hover, .trigger:focus-visible { background: #f1edff; outline: 2px solid #5b3df5; outline-offset: 1px; }
.dialog { width: min(440px, calc(100vw - 16px)); max-height: min(520px, calc(100vh - 16px)); display: flex; flex-direction: column; gap: 8px; padding: 12px; background: #fff; border: 1px solid #c7c7cc; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22); }
header { display: flex; align-items: center; justify-content: space-between; }
h2 { font-size: 15px; margin: 0; }
.close { border: 0; background: none; font-size: 20px; cursor: pointer; color: #555; }
input { width: 100%; padding: 7px 9px; font: inherit; border: 1px solid #8e8e93; border-radius: 6px; }
input:focus { outline: 2px solid #5b3df5; border-color: #5b3df5; }
ul { list-style: none; margin: 0; padding: 0; }
.options { overflow-y: auto; max-height: 210px; border: 1px solid #e5e5ea; border-radius: 6px; }
[role="option"] { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; padding: 6px 9px; cursor: pointer; }
[role="option"][aria-selected="true"] { background: #5b3df5; color: #fff; }
.shortcut { font-family: ui-monospace, monospace; font-size: 12px; opacity: .8; }
.tag { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #ececf1; color: #333; }
.tag.suggested { background: #ffe8a3; }
.preview { border-top: 1px solid #e5e5ea; padding-top: 6px; overflow-y: auto; }
.preview-text { white-space: pre-wrap; margin: 0 0 6px; }
.warning { color: #a11b00; margin: 2px 0; font-size: 13px; }
.note, .hint, .empty { color: #555; margin: 2px 0; font-size: 12px; }
.guard { position: fixed; max-width: min(420px, calc(100vw - 16px)); padding: 8px 10px; background: #fff8e6; border: 1px solid #e0a100; border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.12); font-size: 13px; }
.guard h2 { font-size: 13px; margin: 0 0 4px; }
.guard ul { max-height: 120px; overflow-y: auto; }
.guard li { padding: 1px 0; }
.toast { position: fixed; max-width: 360px; padding: 8px 10px; background: #1d1d1f; color: #fff; border-radius: 8px; font-size: 13px; }
[hidden] { display: none !important; }
`;
