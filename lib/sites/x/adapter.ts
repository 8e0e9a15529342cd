import { defineAdapter } from '../define-adapter';
import { X_SELECTORS } from './selectors';

export const xAdapter = defineAdapter('x', X_SELECTORS);
