/**
 * Comments read whose verdicts the background is working on. The scanner reads comments in one idle slice,
 * their texts go to the background in one message, and the verdicts are applied in a later slice: this keeps
 * the reads, the requests in flight and the arrivals, and drops a read superseded by a newer one of the same
 * comment (a list that recycled its node, an edited comment).
 */
import type { CommentRead } from '@/lib/sites';
import { reportError } from '../report-error';
import type { VerdictCache } from './verdict-cache';

export interface ReadComment {
  container: Element;
  read: CommentRead;
}

export class PendingVerdicts {
  private awaiting: ReadComment[] = [];
  private arrived: ReadComment[] = [];
  private readonly latest = new Map<Element, CommentRead>();
  private requests = 0;

  constructor(
    private readonly cache: VerdictCache,
    /** Verdicts arrived: the scanner schedules a slice to apply them. */
    private readonly onArrival: () => void,
  ) {}

  /** Whether requests are in flight: the page's summary waits for them. */
  get busy(): boolean {
    return this.requests > 0;
  }

  get hasArrivals(): boolean {
    return this.arrived.length > 0;
  }

  /** A comment read whose text has no verdict yet; this read supersedes any earlier one of it. */
  wait(container: Element, read: CommentRead): void {
    this.latest.set(container, read);
    this.awaiting.push({ container, read });
  }

  /** The comment was judged from a newer read: an older read's verdict, when it comes, is dropped. */
  supersede(container: Element): void {
    this.latest.delete(container);
  }

  /** Asks for the verdicts on the texts read since the last call. */
  request(): void {
    if (this.awaiting.length === 0) return;
    const batch = this.awaiting;
    this.awaiting = [];
    this.requests += 1;
    this.cache
      .request([...new Set(batch.map((item) => item.read.text))])
      .catch(reportError)
      .finally(() => {
        this.requests -= 1;
        for (const item of batch) this.arrived.push(item);
        this.onArrival();
      });
  }

  /** Hands arrived comments that are still current to `settle` while `more()` says there is time. */
  settleArrivals(more: () => boolean, settle: (item: ReadComment) => void): void {
    let index = 0;
    while (index < this.arrived.length && more()) {
      const item = this.arrived[index++] as ReadComment;
      if (this.latest.get(item.container) !== item.read) continue;
      this.latest.delete(item.container);
      settle(item);
    }
    this.arrived = index >= this.arrived.length ? [] : this.arrived.slice(index);
  }

  clear(): void {
    this.awaiting = [];
    this.arrived = [];
    this.latest.clear();
  }
}
