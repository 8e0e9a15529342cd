import type { StatusMessage } from '@/components/options/Status';
import type { Charter } from '@/lib/model';

/** Import and export of charter packs: waits for lib/charter/pack.ts. */
export function CharterPackPanel(_props: { charter: Charter; onStatus: (message: StatusMessage) => void }) {
  return null;
}
