import type { SiteSelectors } from '../define-adapter';

/** Instagram. Written against tests/fixtures/sites/instagram.html; the markup has no stable attributes. */
export const INSTAGRAM_SELECTORS: SiteSelectors = {
  items: [
    {
      // Each comment is a list item of the post (the article, or the post dialog).
      container: 'article ul > li, [role="dialog"] ul > li',
      text: 'span[dir="auto"]',
      // The user name is a span[dir=auto] as well, inside the heading and its link.
      notText: 'h3 span, h2 span, a span',
      author: 'h3 a[href^="/"], h2 a[href^="/"], a[href^="/"]',
      permalink: 'a[href*="/c/"] time, a[href*="/c/"]',
      time: 'time[datetime]',
    },
  ],
  composer: ['form textarea'],
  sendButton: ['form [type="submit"]', 'form div[role="button"]'],
  composerScope: 'form, section',
};
