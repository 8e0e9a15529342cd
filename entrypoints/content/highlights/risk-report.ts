/**
 * Tells the background how many risky comments the tab shows (the toolbar badge), and logs each risky
 * comment once per identity and day as `seen_risky` (the popup's "risky comments seen today").
 * Both are debounced: a scrolling feed produces many scans.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging/client';
import type { Platform } from '@/lib/platforms';
import { reportError } from '../report-error';
import type { PageRiskSummary } from './scanner';

const REPORT_DELAY_MS = 400;
/** A page never logs more than this many risky comments: an endless feed must not flood the log. */
const MAX_LOGGED_PER_PAGE = 500;

function localDay(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export class RiskReporter {
  private latest: PageRiskSummary | null = null;
  private sent = '';
  private timer: number | undefined;
  private readonly logged = new Set<string>();
  private day = localDay(Date.now());

  constructor(
    ctx: ContentScriptContext,
    private readonly platform: Platform,
  ) {
    ctx.onInvalidated(() => clearTimeout(this.timer));
  }

  report(summary: PageRiskSummary): void {
    this.latest = summary;
    clearTimeout(this.timer);
    // A plain timer (cleared on invalidation by the constructor): ctx.setTimeout adds a listener per call.
    this.timer = window.setTimeout(() => this.flush(), REPORT_DELAY_MS);
  }

  private flush(): void {
    const summary = this.latest;
    if (!summary) return;
    const signature = `${summary.count}|${summary.highest}`;
    if (signature !== this.sent) {
      this.sent = signature;
      sendMessage('reportPageRisk', { count: summary.count, highest: summary.highest }).catch(reportError);
    }
    const today = localDay(Date.now());
    if (today !== this.day) {
      this.day = today;
      this.logged.clear();
    }
    for (const comment of summary.risky) {
      if (this.logged.size >= MAX_LOGGED_PER_PAGE) break;
      if (this.logged.has(comment.key)) continue;
      this.logged.add(comment.key);
      sendMessage('logInteraction', {
        action: 'seen_risky',
        platform: this.platform,
        url: location.href,
        ruleIds: comment.rules,
        severity: comment.severity,
        commentPermalink: comment.permalink ?? undefined,
      }).catch(reportError);
    }
  }
}
