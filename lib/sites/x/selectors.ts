import type { SiteSelectors } from '../define-adapter';

/** X (twitter.com / x.com). Written against tests/fixtures/sites/x.html. */
export const X_SELECTORS: SiteSelectors = {
  items: [
    {
      // A tweet, in the timeline or in a conversation: posts and replies share the markup.
      container: 'article[data-testid="tweet"]',
      text: '[data-testid="tweetText"]',
      // A quoted tweet carries a second tweetText: the first is the tweet's own.
      textMode: 'first',
      author: '[data-testid="User-Name"] a[href^="/"]:not([href*="/status/"])',
      // The permalink is the link wrapping the tweet's time.
      permalink: 'a[href*="/status/"] time',
      time: 'time[datetime]',
    },
  ],
  composer: [
    'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
  ],
  sendButton: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
  composerScope: '[role="dialog"], [data-testid="primaryColumn"], main',
};
