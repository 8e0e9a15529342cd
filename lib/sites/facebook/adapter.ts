import { defineAdapter } from '../define-adapter';
import { FACEBOOK_SELECTORS } from './selectors';

/** Facebook's comment links carry `comment_id=`: the comment's identity on a recycled list. */
export const facebookAdapter = defineAdapter('facebook', FACEBOOK_SELECTORS, {
  idOf(_container, permalink) {
    if (!permalink) return null;
    const url = new URL(permalink);
    return url.searchParams.get('reply_comment_id') ?? url.searchParams.get('comment_id');
  },
});
