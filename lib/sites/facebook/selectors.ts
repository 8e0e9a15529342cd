import type { SiteSelectors } from '../define-adapter';

/** Facebook. Written against tests/fixtures/sites/facebook.html. */
export const FACEBOOK_SELECTORS: SiteSelectors = {
  items: [
    {
      // Comments and replies carry a localised aria-label ("Comment by …", "Commentaire de …");
      // posts use aria-labelledby instead, so the attribute's presence is what tells them apart.
      container: 'div[role="article"][aria-label]',
      text: 'div[dir="auto"]',
      author: 'a[href][role="link"] span, a[href] span',
      permalink: 'a[href*="comment_id="], a[href*="permalink"], a[href*="/posts/"]',
    },
  ],
  composer: ['div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'],
  // Facebook sends a comment with Enter; the submit control exists in newer layouts only.
  sendButton: ['#focused-state-composer-submit', 'form [type="submit"]'],
  composerScope: 'form, [role="dialog"], [role="article"]',
};
