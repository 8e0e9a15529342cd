/**
 * Judges the page's comments against the charter: finds them through the site adapter, paints the risky
 * words, marks every judged container and puts a badge beside each risky one. Work runs in idle slices
 * fed by one batched observer; each distinct text is judged once per charter revision.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translator } from '@/lib/i18n';
import type { PageContext } from '@/lib/messaging/protocol';
import type { Template } from '@/lib/model';
import type { Verdict } from '@/lib/risk';
import type { CommentRead, SiteAdapter } from '@/lib/sites';
import { type Severity, severityRank } from '@/lib/vocabulary';
import { reportError } from '../report-error';
import type { TemplateOutcome } from './badge-panel';
import { CommentObserver } from './comment-observer';
import { explainVerdict } from './explain';
import { HighlightPainter, type PaintedRanges, type PaintSpan } from './highlight-painter';
import { installHighlightStyles } from './highlight-styles';
import { type Deadline, whenIdle } from './idle';
import { markJudged, unmark } from './page-markers';
import { PendingVerdicts, type ReadComment } from './pending-verdicts';
import { TactBadge } from './tact-badge';
import { recordTiming } from './timing';
import { VerdictCache } from './verdict-cache';

/** A slice never runs longer than this, so our work never makes a long task (> 50 ms). */
const MAX_SLICE_MS = 12;
/** Work that waited past the idle timeout still gets this much. */
const MIN_SLICE_MS = 4;
/** How far outside the viewport a risky comment gets its badge ahead of being scrolled to. */
const BADGE_MARGIN = '600px 0px';

interface JudgedComment {
  /** Identity and permalink, read for risky comments only (the summary and the log need them). */
  key: string | null;
  text: string;
  nodes: Text[];
  permalink: string | null;
  read: CommentRead;
  generation: number;
  verdict: Verdict;
  painted: PaintedRanges;
  badge: TactBadge | null;
}

export interface PageRiskSummary {
  count: number;
  highest: Severity;
  risky: Array<{ key: string; severity: Severity; rules: string[]; permalink: string | null }>;
}

export interface ScannerOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Template chosen in a badge: insert it into that comment's reply box, or copy it. */
  chooseTemplate(container: Element, read: CommentRead, template: Template): Promise<TemplateOutcome>;
  /** After each scan that changed something. */
  onScanned(summary: PageRiskSummary): void;
}

export class RiskScanner {
  private readonly judged = new Map<Element, JudgedComment>();
  private queue: Element[] = [];
  private readonly queued = new Set<Element>();
  private fullScanPending = true;
  private working = false;
  private dirty = false;
  private generation = 0;
  private context: PageContext | null = null;
  private readonly cache = new VerdictCache();
  private readonly pending = new PendingVerdicts(this.cache, () => this.schedule());
  private painter: HighlightPainter | null = null;
  private styles: { ensure(): void; remove(): void } | null = null;
  private readonly observer: CommentObserver;
  /** Badges are mounted when their comment comes near the viewport: most of a long feed is never seen. */
  private visibility: IntersectionObserver | null = null;

  constructor(private readonly options: ScannerOptions) {
    this.observer = new CommentObserver(options.ctx, () => this.schedule());
    options.ctx.onInvalidated(() => this.clear());
  }

  private get active(): boolean {
    return Boolean(this.context && highlightsWanted(this.context) && this.cache.ready);
  }

  /** A new page context (start-up, revision change, navigation): adopt the charter if it changed and rejudge. */
  setContext(context: PageContext): void {
    const previous = this.context;
    this.context = context;
    if (!highlightsWanted(context) || !context.charter) {
      this.clear();
      this.cache.adoptCharter(null, context.revision);
      this.options.onScanned({ count: 0, highest: 'none', risky: [] });
      return;
    }
    const adopted = this.cache.adoptCharter(context.charter, context.revision);
    if (adopted || previous?.uiLanguage !== context.uiLanguage || (previous && !highlightsWanted(previous))) {
      this.generation += 1;
      this.rescan();
    }
  }

  /** Looks at the whole page again (single-page navigation, new verdicts). */
  rescan(): void {
    this.fullScanPending = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.working || !this.active) return;
    this.working = true;
    whenIdle(this.options.ctx, (deadline) => this.work(deadline));
  }

  private setUp(): void {
    if (this.painter) return;
    this.painter = new HighlightPainter();
    this.styles = installHighlightStyles();
    this.observer.observe(document);
    this.visibility = new IntersectionObserver((entries) => this.mountVisibleBadges(entries), {
      rootMargin: BADGE_MARGIN,
    });
  }

  private mountVisibleBadges(entries: IntersectionObserverEntry[]): void {
    try {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const container = entry.target;
        this.visibility?.unobserve(container);
        const judged = this.judged.get(container);
        if (!judged || judged.badge || judged.verdict.severity === 'none' || !container.isConnected) continue;
        judged.badge = new TactBadge(this.options.ctx.signal);
        this.updateBadge(judged.badge, container, judged.read, judged.verdict);
        this.placeBadge(judged.badge, container, judged.read);
      }
    } catch (error) {
      reportError(error);
    }
  }

  private work(deadline: Deadline): void {
    const start = performance.now();
    const budget = Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, deadline.timeRemaining()));
    try {
      if (!this.active) {
        this.working = false;
        return;
      }
      this.setUp();
      this.collect();
      this.pending.settleArrivals(
        () => performance.now() - start < budget,
        (item) => this.settle(item),
      );
      let index = 0;
      while (index < this.queue.length && performance.now() - start < budget) {
        const container = this.queue[index++] as Element;
        this.queued.delete(container);
        this.judge(container);
      }
      this.queue = index >= this.queue.length ? [] : this.queue.slice(index);
      this.pending.request();
    } catch (error) {
      reportError(error);
    }
    recordTiming('tact:scan', start);
    if (this.queue.length > 0 || this.pending.hasArrivals || this.fullScanPending) {
      whenIdle(this.options.ctx, (next) => this.work(next));
      return;
    }
    this.working = false;
    // The summary waits for every verdict asked for: a half-judged page would report too few risky comments.
    if (this.dirty && !this.pending.busy) {
      this.dirty = false;
      this.options.onScanned(this.summary());
    }
  }

  private enqueue(container: Element): void {
    if (this.queued.has(container)) return;
    this.queued.add(container);
    this.queue.push(container);
  }

  /** Turns what the observer saw into comment containers to judge. */
  private collect(): void {
    const { adapter } = this.options;
    const changes = this.observer.take();
    if (changes.removed || changes.burst || this.fullScanPending) this.sweep();
    if (changes.burst || this.fullScanPending) {
      this.fullScanPending = false;
      this.painter?.ensureRegistered();
      this.styles?.ensure();
      for (const container of adapter.findComments(document)) this.enqueue(container);
      return;
    }
    for (const added of changes.added) {
      if (!added.isConnected) continue;
      const holder = adapter.containerOf(added);
      if (holder) this.enqueue(holder);
      for (const container of adapter.findComments(added)) this.enqueue(container);
    }
    for (const node of changes.changed) {
      if (!node.isConnected) continue;
      const holder = adapter.containerOf(node);
      if (holder) this.enqueue(holder);
    }
  }

  private judge(container: Element): void {
    if (!container.isConnected || !this.context) return;
    const { adapter } = this.options;
    const read = adapter.readComment(container);
    const previous = this.judged.get(container);
    if (!read) {
      if (previous) this.forget(container, previous, true);
      return;
    }
    if (
      previous &&
      previous.generation === this.generation &&
      previous.text === read.text &&
      // A risky comment's highlights hold its text nodes and its identity is counted: both must be the same.
      (previous.key === null || (sameNodes(previous.nodes, read.textMap.nodes) && previous.key === read.key))
    ) {
      if (previous.badge && !previous.badge.host.isConnected)
        this.placeBadge(previous.badge, container, read);
      return;
    }
    const verdict = this.cache.known(read.text);
    if (verdict) {
      this.pending.supersede(container);
      this.apply(container, read, verdict);
      return;
    }
    this.pending.wait(container, read);
  }

  /** A comment whose verdict has arrived, unless it left the page. */
  private settle({ container, read }: ReadComment): void {
    if (!container.isConnected) return;
    const verdict = this.cache.known(read.text);
    // The charter changed meanwhile: judge it again under the new one.
    if (!verdict) this.enqueue(container);
    else this.apply(container, read, verdict);
  }

  private apply(container: Element, read: CommentRead, verdict: Verdict): void {
    const previous = this.judged.get(container);
    const risky = verdict.severity !== 'none';
    // The map to the page's text nodes is built now, from the page as it is: it must still hold the text judged.
    if (risky && read.textMap.text !== read.text) {
      this.enqueue(container);
      return;
    }
    if (previous) this.painter?.erase(previous.painted);
    const painted = risky && this.painter ? this.painter.paint(read.textMap, spansOf(verdict)) : [];
    markJudged(container, verdict.severity, verdict.rules);
    let badge = previous?.badge ?? null;
    if (risky && badge) {
      this.updateBadge(badge, container, read, verdict);
      this.placeBadge(badge, container, read);
    } else if (risky) {
      this.visibility?.observe(container);
    } else {
      badge?.remove();
      badge = null;
      // Only risky comments are watched for their badge.
      if (previous && previous.verdict.severity !== 'none') this.visibility?.unobserve(container);
    }
    this.judged.set(container, {
      key: risky ? read.key : null,
      text: read.text,
      nodes: risky ? read.textMap.nodes : [],
      permalink: risky ? read.permalink : null,
      read,
      generation: this.generation,
      verdict,
      painted,
      badge,
    });
    this.dirty = true;
  }

  private updateBadge(badge: TactBadge, container: Element, read: CommentRead, verdict: Verdict): void {
    const context = this.context;
    if (!context) return;
    badge.update({
      explanation: explainVerdict(read.text, verdict, context.charter, context.templates, context.uiLanguage),
      t: translator(context.uiLanguage),
      chooseTemplate: (template) => this.options.chooseTemplate(container, read, template),
    });
  }

  private placeBadge(badge: TactBadge, container: Element, read: CommentRead): void {
    const slot = this.options.adapter.badgeSlot(container, read);
    if (slot.slot) badge.host.setAttribute('slot', slot.slot);
    else badge.host.removeAttribute('slot');
    if (badge.host.parentNode === slot.parent && badge.host.nextSibling === slot.before) return;
    if (slot.before === badge.host) return;
    slot.parent.insertBefore(badge.host, slot.before);
  }

  private forget(container: Element, judged: JudgedComment, connected: boolean): void {
    this.painter?.erase(judged.painted);
    judged.badge?.remove();
    this.visibility?.unobserve(container);
    if (connected) unmark(container);
    this.judged.delete(container);
    this.dirty = true;
  }

  /** Drops comments that left the page (virtualised lists, navigation). */
  private sweep(): void {
    for (const [container, judged] of this.judged) {
      if (!container.isConnected) this.forget(container, judged, false);
    }
  }

  /** Risky comments on the page, counted once per identity. */
  summary(): PageRiskSummary {
    const byKey = new Map<string, PageRiskSummary['risky'][number]>();
    let highest: Severity = 'none';
    for (const judged of this.judged.values()) {
      const { severity, rules } = judged.verdict;
      if (severity === 'none') continue;
      if (severityRank(severity) > severityRank(highest)) highest = severity;
      const key = judged.key ?? judged.read.key;
      byKey.set(key, { key, severity, rules, permalink: judged.permalink });
    }
    return { count: byKey.size, highest, risky: [...byKey.values()] };
  }

  /** Removes every highlight, badge and marker (silenced, or the extension went away). */
  clear(): void {
    for (const [container, judged] of this.judged) this.forget(container, judged, container.isConnected);
    this.queue = [];
    this.queued.clear();
    this.pending.clear();
    this.painter?.dispose();
    this.styles?.remove();
    this.visibility?.disconnect();
    this.visibility = null;
    this.painter = null;
    this.styles = null;
    this.fullScanPending = true;
  }
}

function sameNodes(a: readonly Text[], b: readonly Text[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The verdict's spans, each painted with the severity of the clause it breaks. */
function spansOf(verdict: Verdict): PaintSpan[] {
  return verdict.spans.map((span) => {
    const finding = verdict.findings.find(
      (f) => !f.lowered && f.start === span.start && f.end === span.end && f.clauseId === span.rule,
    );
    const severity = finding?.severity ?? (verdict.severity === 'none' ? 'low' : verdict.severity);
    return { start: span.start, end: span.end, severity };
  });
}

/** Silencing (page or site) hides everything; the highlights switch of the settings hides only highlights. */
function highlightsWanted(context: PageContext): boolean {
  return !context.silenced && context.settings.highlightsEnabled;
}
