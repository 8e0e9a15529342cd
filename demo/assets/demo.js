/**
 * The demo page's behaviour, close to X's: posts are rendered by script (X is a single-page app), the
 * reply box is a contenteditable that handles paste itself (as Draft.js does), and the Reply button is
 * enabled only when the box holds text. Posting adds the reply to the thread.
 */
(() => {
  const thread = window.TACT_DEMO_THREAD;
  const MAX_LENGTH = 280;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
    for (const child of children) node.append(child);
    return node;
  }

  // Outline icons drawn as SVG paths: the machine that takes the screenshots may have no emoji font.
  const ICONS = {
    reply: 'M4 5h16v10H9l-5 4z',
    repost: 'M7 7h10v4l3-3-3-3v2M17 17H7v-4l-3 3 3 3v-2',
    like: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  };

  function icon(path) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    shape.setAttribute('d', path);
    svg.append(shape);
    return svg;
  }

  function ago(minutes) {
    return minutes < 1 ? 'now' : minutes < 60 ? `${minutes}m` : `${Math.floor(minutes / 60)}h`;
  }

  function article(post, focal) {
    const at = new Date(Date.now() - post.minutesAgo * 60_000);
    const permalink = `/${post.handle}/status/${post.id}`;
    const textId = `tweet-${post.id}-text`;
    const userName = el(
      'div',
      { 'data-testid': 'User-Name', class: 'user-name' },
      el('a', { href: `/${post.handle}`, class: 'display-name' }, post.name),
      el('a', { href: `/${post.handle}`, class: 'handle', tabindex: '-1' }, `@${post.handle}`),
      el('span', { 'aria-hidden': 'true', class: 'dot' }, '·'),
      el(
        'a',
        { href: permalink, class: 'time' },
        el('time', { datetime: at.toISOString() }, ago(post.minutesAgo)),
      ),
    );
    const body = el('div', { class: 'tweet-body' }, userName);
    if (!focal) {
      body.append(
        el(
          'div',
          { class: 'replying-to' },
          'Replying to ',
          el('a', { href: `/${thread.post.handle}` }, `@${thread.post.handle}`),
        ),
      );
    }
    body.append(
      el(
        'div',
        { 'data-testid': 'tweetText', class: 'tweet-text', lang: post.lang, dir: 'auto', id: textId },
        el('span', {}, post.text),
      ),
      el(
        'div',
        { role: 'group', class: 'actions', 'aria-label': 'Post actions' },
        el('button', { type: 'button', 'data-testid': 'reply', 'aria-label': 'Reply' }, icon(ICONS.reply)),
        el(
          'button',
          { type: 'button', 'data-testid': 'retweet', 'aria-label': 'Repost' },
          icon(ICONS.repost),
        ),
        el('button', { type: 'button', 'data-testid': 'like', 'aria-label': 'Like' }, icon(ICONS.like)),
      ),
    );
    const avatar = el('div', { class: 'avatar', 'aria-hidden': 'true' }, post.name.charAt(0));
    return el(
      'article',
      {
        'data-testid': 'tweet',
        class: focal ? 'tweet focal' : 'tweet',
        tabindex: '-1',
        'aria-labelledby': textId,
      },
      avatar,
      body,
    );
  }

  document.getElementById('focal-post').append(article(thread.post, true));
  const replies = document.getElementById('replies');
  for (const reply of thread.replies) replies.append(article(reply, false));

  const box = document.querySelector('[data-testid="tweetTextarea_0"]');
  const button = document.querySelector('[data-testid="tweetButtonInline"]');
  const placeholder = document.getElementById('reply-placeholder');
  const counter = document.getElementById('reply-counter');
  let posted = 0;

  // The rendered text: line breaks typed or inserted in a contenteditable are elements, not characters.
  // textContent would drop those line breaks.
  const text = () => box.innerText.replace(/\n$/, '');

  function refresh() {
    const value = text();
    const empty = value.trim() === '';
    placeholder.hidden = value !== '';
    button.disabled = empty || value.length > MAX_LENGTH;
    button.setAttribute('aria-disabled', String(button.disabled));
    counter.textContent = empty ? '' : String(MAX_LENGTH - value.length);
    counter.classList.toggle('over', value.length > MAX_LENGTH);
  }

  // Draft.js takes pasted text into its own model instead of letting the browser paste HTML.
  box.addEventListener('paste', (event) => {
    event.preventDefault();
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (!pasted) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !box.contains(selection.anchorNode)) {
      box.append(pasted);
    } else {
      const range = selection.getRangeAt(0);
      range.deleteContents();
      const node = document.createTextNode(pasted);
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });

  function post() {
    const value = text().trim();
    if (!value || value.length > MAX_LENGTH) return;
    posted += 1;
    const reply = {
      id: `9${String(posted).padStart(3, '0')}`,
      name: thread.post.name,
      handle: thread.post.handle,
      lang: document.documentElement.lang,
      minutesAgo: 0,
      text: value,
    };
    replies.prepend(article(reply, false));
    box.textContent = '';
    refresh();
    box.focus();
  }

  box.addEventListener('input', refresh);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      post();
    }
  });
  button.addEventListener('click', post);
  refresh();
})();
