import type { SiteSelectors } from '../define-adapter';

/** Reddit (shreddit). Written against tests/fixtures/sites/reddit.html. */
export const REDDIT_SELECTORS: SiteSelectors = {
  items: [
    {
      // Replies are shreddit-comment elements nested in their parent's light DOM.
      container: 'shreddit-comment',
      text: 'div[slot="comment"], [id$="-comment-rtjson-container"]',
      authorAttribute: 'author',
      permalinkAttribute: 'permalink',
      idAttribute: 'thingid',
      time: 'faceplate-timeago[ts], time[datetime]',
    },
    {
      container: 'shreddit-post',
      text: '[slot="title"], [slot="text-body"]',
      authorAttribute: 'author',
      permalinkAttribute: 'permalink',
      idAttribute: 'id',
      time: 'faceplate-timeago[ts], time[datetime]',
    },
  ],
  composer: [
    'shreddit-composer [data-lexical-editor="true"]',
    'shreddit-composer [contenteditable="true"]',
    // Markdown mode and the collapsed box: a textarea inside faceplate-textarea-input's shadow root.
    'faceplate-textarea-input >>> textarea',
  ],
  composerOpener: ['faceplate-textarea-input', 'comment-composer-host [slot="trigger"]'],
  sendButton: ['button[slot="submit-button"]', 'button[type="submit"]'],
  composerScope: 'shreddit-composer, comment-composer-host, form',
};
