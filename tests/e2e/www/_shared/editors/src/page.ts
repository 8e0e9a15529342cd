/**
 * The frame every editor test page shares: a comment being answered (author, permalink, time), the
 * reply box's slot, and a Send button that the editor's own model enables, as the platforms' buttons do.
 * The test reads `window.__editorModel()` (the editor's state, not the DOM) and `window.__sent`.
 */
declare global {
  interface Window {
    __editorModel?: () => string;
    __sent?: string[];
    __editorReady?: boolean;
    /** Keys the page's own shortcut handler saw (bubble phase on document, as sites listen). */
    __pageKeys?: string[];
  }
}

export const COMMENT = {
  author: 'Marie Dupont',
  text: 'Where is my order? I ordered two weeks ago and I still have nothing.',
  permalink: 'https://www.reddit.com/r/tact/comments/abc/c/def',
  postedAt: '2026-11-23T08:00:00.000Z',
};

export interface EditorPage {
  /** Where the editor mounts. */
  slot: HTMLElement;
  /** Registers the editor's model; call `changed()` after every model change. */
  setModel(read: () => string): { changed(): void };
}

export function mountPage(title: string): EditorPage {
  document.title = `${title} — Tact editor test page`;
  document.body.innerHTML = `
    <main>
      <h1>${title}</h1>
      <section class="thread">
        <article class="comment" data-author="${COMMENT.author}" data-permalink="${COMMENT.permalink}">
          <a class="author" rel="author" href="/user/marie">${COMMENT.author}</a>
          <a class="permalink" href="${COMMENT.permalink}"><time datetime="${COMMENT.postedAt}">2 h</time></a>
          <p class="comment-text">${COMMENT.text}</p>
        </article>
        <form class="reply" onsubmit="return false">
          <div class="slot"></div>
          <button type="submit" class="send" disabled>Send</button>
        </form>
      </section>
    </main>`;
  const style = document.createElement('style');
  style.textContent = `
    body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem; }
    .comment { border: 1px solid #ccc; padding: .5rem 1rem; margin-bottom: 1rem; }
    .slot > * { min-height: 3rem; border: 1px solid #888; padding: .4rem; width: 30rem; display: block; }
    .send { margin-top: .5rem; }`;
  document.head.append(style);
  const slot = document.querySelector<HTMLElement>('.slot')!;
  const send = document.querySelector<HTMLButtonElement>('.send')!;
  window.__sent = [];
  window.__pageKeys = [];
  document.addEventListener('keydown', (event) => window.__pageKeys?.push(event.key));
  return {
    slot,
    setModel(read) {
      window.__editorModel = read;
      send.addEventListener('click', () => window.__sent?.push(read()));
      const changed = () => {
        send.disabled = read().trim() === '';
      };
      changed();
      window.__editorReady = true;
      return { changed };
    },
  };
}
