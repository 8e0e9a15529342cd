import { CONTENT_MATCHES } from '@/lib/platforms';
import { installInsertionBridge } from './content/composer/page-world';

/** The page-world half of template insertion (see content/composer/bridge-protocol.ts). */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installInsertionBridge();
  },
});
