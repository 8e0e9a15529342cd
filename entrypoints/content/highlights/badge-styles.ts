/** Styles of the badge, inside its shadow root: the page's CSS cannot reach them, ours cannot leak. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin: 2px 0;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light; z-index: 1; }
/* An open panel must stand above the next comments' badges, which are stacking contexts of their own. */
:host(.tact-open) { z-index: 2147483647; }
.chip { display: inline-flex; align-items: center; gap: 4px; border: 0; border-radius: 999px; padding: 2px 8px;
  font: inherit; font-weight: 600; color: #fff; cursor: pointer; max-width: 420px; }
.chip:focus-visible { outline: 2px solid #111827; outline-offset: 2px; box-shadow: 0 0 0 4px #fff; }
.chip .names { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; }
.low { background: #1d4ed8; } .medium { background: #b45309; } .high { background: #b91c1c; } .critical { background: #881337; }
.panel { position: absolute; top: calc(100% + 4px); left: 0; width: min(380px, 90vw); max-height: 60vh; overflow: auto;
  background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 8px 24px rgb(0 0 0 / .25); z-index: 2147483647; text-align: start; }
.panel[hidden] { display: none; }
h2 { font-size: 13px; margin: 0 0 6px; }
section { border-top: 1px solid #e5e7eb; padding-top: 6px; margin-top: 6px; }
h3 { font-size: 13px; margin: 0 0 4px; }
p { margin: 2px 0; }
.label { color: #4b5563; }
mark { background: #fee2e2; color: #7f1d1d; border-radius: 3px; padding: 0 2px; }
ul { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 4px; }
.template { width: 100%; text-align: start; font: inherit; background: #f3f4f6; color: #111827; border: 1px solid #d1d5db;
  border-radius: 6px; padding: 4px 8px; cursor: pointer; }
.template:hover, .template:focus-visible { background: #e0e7ff; border-color: #6366f1; outline: none; }
.lang { font-size: 10px; color: #4b5563; margin-inline-start: 4px; text-transform: uppercase; }
.status { min-height: 1.4em; color: #065f46; font-weight: 600; }
textarea { width: 100%; box-sizing: border-box; font: inherit; }
`;
