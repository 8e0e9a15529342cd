import { defineAdapter } from '../define-adapter';
import { YOUTUBE_SELECTORS } from './selectors';

/** A comment's link carries `lc=<commentId>`: the comment's identity on a recycled list. */
export const youtubeAdapter = defineAdapter('youtube', YOUTUBE_SELECTORS, {
  idOf(_container, permalink) {
    return permalink ? new URL(permalink).searchParams.get('lc') : null;
  },
});
