/**
 * One batched MutationObserver per page (and per open shadow root we are told about). The callback only
 * collects nodes; the scanner works on them in idle time. A burst too big to sort through becomes one
 * full rescan, as Dark Reader does.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** More changed nodes than this in one batch: rescanning the page is cheaper than sorting them. */
const BURST_LIMIT = 3000;

export interface PageChanges {
  /** Elements added to the page: comments may be them or inside them. */
  added: Set<Element>;
  /** Nodes whose content changed: the comment holding them may have new text. */
  changed: Set<Node>;
  /** Something was removed: forget comments no longer in the page. */
  removed: boolean;
  /** Too much at once: rescan everything. */
  burst: boolean;
}

const isOurs = (node: Node): boolean => node.nodeType === 1 && (node as Element).tagName.startsWith('TACT-');

export function emptyChanges(): PageChanges {
  return { added: new Set(), changed: new Set(), removed: false, burst: false };
}

export class CommentObserver {
  private changes = emptyChanges();
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();

  constructor(
    ctx: ContentScriptContext,
    private readonly onChanges: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    ctx.onInvalidated(() => this.observer.disconnect());
  }

  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** The changes collected since the last call. */
  take(): PageChanges {
    const taken = this.changes;
    this.changes = emptyChanges();
    return taken;
  }

  private collect(records: MutationRecord[]): void {
    const changes = this.changes;
    const wasEmpty =
      changes.added.size === 0 && changes.changed.size === 0 && !changes.removed && !changes.burst;
    if (!changes.burst) {
      for (const record of records) {
        if (record.type === 'characterData') {
          changes.changed.add(record.target);
          continue;
        }
        let relevant = false;
        for (const node of record.addedNodes) {
          if (isOurs(node)) continue;
          relevant = true;
          if (node.nodeType === 1) changes.added.add(node as Element);
        }
        for (const node of record.removedNodes) {
          if (isOurs(node)) continue;
          relevant = true;
          changes.removed = true;
        }
        if (relevant) changes.changed.add(record.target);
      }
      if (changes.added.size + changes.changed.size > BURST_LIMIT) {
        changes.burst = true;
        changes.added.clear();
        changes.changed.clear();
      }
    }
    if (wasEmpty) this.onChanges();
  }
}
