/**
 * The state of one scan shared by the pattern detectors and the lowering cues: the folded text and the cue
 * hits grouped by family, all in folded offsets. Scratch, reset by every scan.
 */
import type { Detector } from '../model';
import { type CompiledCharter, CUE_COUNT } from './compile';
import type { Folded } from './fold';
import * as folding from './fold';

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const originalEnd = folding.originalEnd;
const SPACE = folding.SPACE;

export interface Draft {
  clause: number;
  /** Original offsets. */
  start: number;
  end: number;
  /** Folded offsets, or -1 for detectors that read the original text. */
  fStart: number;
  fEnd: number;
  source: 'term' | 'detector' | 'pattern';
  detector?: Detector;
}

export class CueHits {
  start = new Int32Array(64);
  end = new Int32Array(64);
  entry = new Int32Array(64);
  size = 0;
  clear(): void {
    this.size = 0;
  }
  push(start: number, end: number, entry: number): void {
    const last = this.size - 1;
    if (last >= 0 && this.start[last] === start && this.end[last] === end) return;
    if (this.size === this.start.length) {
      const grown = (old: Int32Array) => {
        const fresh = new Int32Array(old.length * 2);
        fresh.set(old);
        return fresh;
      };
      this.start = grown(this.start);
      this.end = grown(this.end);
      this.entry = grown(this.entry);
    }
    const k = this.size++;
    this.start[k] = start;
    this.end[k] = end;
    this.entry[k] = entry;
  }
}

export interface ScanContext {
  text: string;
  compiled: CompiledCharter;
  folded: Folded;
  cues: CueHits[];
  drafts: Draft[];
  /** Sums of money and SMS short codes found (a spam cue), once the spam detector has run. */
  money: number;
}

export function newCueTable(): CueHits[] {
  return Array.from({ length: CUE_COUNT }, () => new CueHits());
}

const FAR = 1000;

/** Words strictly between folded offsets `from` (end of one match) and `to` (start of the next), or FAR. */
export function wordsBetween(folded: Folded, from: number, to: number): number {
  if (to < from) return FAR;
  if (to - from > 120) return FAR;
  let spaces = 0;
  for (let k = from; k < to; k++) if (folded.codes[k] === SPACE) spaces++;
  return Math.max(0, spaces - 1);
}

/** The folded words strictly between two folded offsets. */
export function wordsIn(folded: Folded, from: number, to: number): string[] {
  if (to <= from) return [];
  const chars: number[] = [];
  for (let k = from; k < to; k++) chars.push(folded.codes[k]!);
  return String.fromCharCode(...chars)
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * Calls `onPair` (a module-level function: no closure per scan) for each hit of family `first` followed by a hit of family
 * `second` within `maxGap` words.
 */
export function eachPair(
  ctx: ScanContext,
  first: number,
  second: number,
  maxGap: number,
  onPair: (ctx: ScanContext, aStart: number, aEnd: number, bStart: number, bEnd: number) => void,
): void {
  const a = ctx.cues[first]!;
  const b = ctx.cues[second]!;
  if (a.size === 0 || b.size === 0) return;
  const limit = Math.min(a.size, 200);
  for (let i = 0; i < limit; i++) {
    for (let j = 0; j < Math.min(b.size, 200); j++) {
      const bStart = b.start[j]!;
      if (bStart < a.end[i]!) continue;
      if (wordsBetween(ctx.folded, a.end[i]!, bStart) > maxGap) continue;
      onPair(ctx, a.start[i]!, a.end[i]!, bStart, b.end[j]!);
    }
  }
}

/** Whether the folded text at `start` begins with `lead` (folded, spaces included: "for ", "shoot "). */
export function startsWithWord(ctx: ScanContext, start: number, lead: string): boolean {
  const { codes } = ctx.folded;
  for (let k = 0; k < lead.length; k++) if (codes[start + k] !== lead.charCodeAt(k)) return false;
  return true;
}

export function origStart(ctx: ScanContext, folded: number): number {
  return ctx.folded.starts[folded]!;
}

export function origEnd(ctx: ScanContext, foldedEnd: number): number {
  return originalEnd(ctx.folded, foldedEnd - 1);
}

/** Adds a draft for every clause that switched `detector` on. */
export function addDraft(
  ctx: ScanContext,
  detector: Detector,
  source: Draft['source'],
  start: number,
  end: number,
  fStart = -1,
  fEnd = -1,
): void {
  const clauses = ctx.compiled.detectorClauses.get(detector);
  if (!clauses || end <= start) return;
  for (const clause of clauses) ctx.drafts.push({ clause, start, end, fStart, fEnd, source, detector });
}

/** Adds a draft over folded offsets [fStart, fEnd). */
export function addFoldedDraft(ctx: ScanContext, detector: Detector, fStart: number, fEnd: number): void {
  addDraft(ctx, detector, 'pattern', origStart(ctx, fStart), origEnd(ctx, fEnd), fStart, fEnd);
}

/**
 * "tu réponds pas, je vais pas te lâcher": a negation does not reach past a comma or the end of a sentence.
 * `foldedEnd` is a folded offset, `originalStart` an original one.
 */
export function crossesSentence(ctx: ScanContext, foldedEnd: number, originalStart: number): boolean {
  for (let k = origEnd(ctx, foldedEnd); k < originalStart; k++) {
    const c = ctx.text.charCodeAt(k);
    if (c === 0x2c || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === NEWLINE) return true;
  }
  return false;
}

const NEWLINE = 10;

/** Whether the cue [start, end) stands within `words` words before or after the draft. */
export function isNear(ctx: ScanContext, draft: Draft, start: number, end: number, words: number): boolean {
  const { folded } = ctx;
  if (start >= draft.fEnd) return wordsBetween(folded, draft.fEnd, start) <= words;
  return end <= draft.fStart && wordsBetween(folded, end, draft.fStart) <= words;
}
