import { defineAdapter } from '../define-adapter';
import { REDDIT_SELECTORS } from './selectors';

/** The badge goes after the text in the same named slot (see badgeAfterText), or shreddit would not show it. */
export const redditAdapter = defineAdapter('reddit', REDDIT_SELECTORS);
