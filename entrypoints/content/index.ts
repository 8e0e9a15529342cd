import { CONTENT_MATCHES } from '@/lib/platforms';
import { startContent } from './start';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
