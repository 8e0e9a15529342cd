import { defineAdapter } from '../define-adapter';
import { INSTAGRAM_SELECTORS } from './selectors';

/** Instagram's comment permalinks end in /c/<id>/: that id is the comment's identity. */
export const instagramAdapter = defineAdapter('instagram', INSTAGRAM_SELECTORS, {
  idOf(_container, permalink) {
    return permalink?.match(/\/c\/(\d+)/)?.[1] ?? null;
  },
});
