import type { SiteSelectors } from '../define-adapter';

/** LinkedIn. Written against tests/fixtures/sites/linkedin.html. */
export const LINKEDIN_SELECTORS: SiteSelectors = {
  items: [
    {
      // Current comments, the older item class, and the newest UI with hashed classes.
      container:
        'article.comments-comment-entity, article.comments-comment-item, [componentkey^="replaceableComment_urn:li:comment:"]',
      text: '.comments-comment-item__main-content',
      author: '.comments-comment-meta__description-title',
      idAttribute: 'data-id',
    },
    {
      container: '.feed-shared-update-v2[data-urn^="urn:li:activity:"]',
      text: '.update-components-text, .feed-shared-inline-show-more-text',
      textMode: 'first',
      author: '.update-components-actor__title, .update-components-actor__name',
      idAttribute: 'data-urn',
    },
  ],
  composer: ['.comments-comment-box .ql-editor', '.comments-comment-texteditor .ql-editor'],
  sendButton: [
    'button.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
  ],
  composerScope: '.comments-comment-box, .comments-comment-texteditor, form',
};
