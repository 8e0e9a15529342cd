import type { SiteSelectors } from '../define-adapter';

/** TikTok. Written against tests/fixtures/sites/tiktok.html; class names are hashed around a stable stem. */
export const TIKTOK_SELECTORS: SiteSelectors = {
  items: [
    {
      // One comment (or one reply); a thread wrapper holds no text of its own and is skipped.
      container: '[class*="DivCommentItemContainer"], [class*="DivCommentObjectWrapper"]',
      text: '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]',
      author: '[data-e2e="comment-username-1"], [data-e2e="comment-username-2"], a[href^="/@"]',
    },
  ],
  composer: [
    '[data-e2e="comment-input"] [contenteditable="true"]',
    '[class*="DivInputEditorContainer"] [contenteditable="true"]',
  ],
  sendButton: ['[data-e2e="comment-post"]'],
  composerScope: '[class*="DivCommentInputContainer"], [class*="DivBottomCommentContainer"], form',
};
