import { defineAdapter } from '../define-adapter';
import { TIKTOK_SELECTORS } from './selectors';

/** TikTok shows no permalink per comment and virtualises the list: comments are keyed by author + text. */
export const tiktokAdapter = defineAdapter('tiktok', TIKTOK_SELECTORS);
