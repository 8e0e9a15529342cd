import type { SiteSelectors } from '../define-adapter';

/** YouTube. Written against tests/fixtures/sites/youtube.html. */
export const YOUTUBE_SELECTORS: SiteSelectors = {
  items: [
    {
      // ytd-comment-view-model replaced ytd-comment-renderer in 2024; both are read.
      container: 'ytd-comment-view-model, ytd-comment-renderer',
      text: '#content-text',
      author: '#author-text, #header-author a',
      permalink: '#published-time-text a',
    },
  ],
  composer: ['ytd-commentbox #contenteditable-root', '#contenteditable-root[contenteditable="true"]'],
  composerOpener: ['#simplebox-placeholder', 'ytd-button-renderer#reply-button-end button'],
  sendButton: ['#submit-button button', '#submit-button'],
  composerScope: 'ytd-commentbox, ytd-comment-simplebox-renderer',
};
