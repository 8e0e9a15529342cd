// Behaviour shared by the platform fixture feeds: the page's own controls count their clicks; "Load more"
// appends comments like an infinite feed; "Next post" navigates as a single-page app (pushState, feed
// replaced, no reload). The page names its comment selector in the script tag's data-comments.
(() => {
  const comments = document.currentScript.dataset.comments;
  const count = (id) => {
    const out = document.getElementById(id);
    out.textContent = String(Number(out.textContent) + 1);
  };
  const feed = () => document.querySelector('[data-fixture-feed]');
  document.addEventListener('click', (event) => {
    if (event.target.closest('[data-page-action], #load-more, #navigate, #page-link')) count('page-clicks');
    if (event.target.closest(comments)) count('comment-clicks');
  });
  document.getElementById('load-more').addEventListener('click', () => {
    feed().append(document.getElementById('tact-more').content.cloneNode(true));
  });
  document.getElementById('navigate').addEventListener('click', (event) => {
    history.pushState({ page: 2 }, '', event.currentTarget.dataset.nextUrl);
    feed().replaceChildren(document.getElementById('tact-next').content.cloneNode(true));
  });
})();
