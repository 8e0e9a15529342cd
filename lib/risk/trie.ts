/**
 * The compiled multi-term matcher: one trie over the folded forms of every term, walked from each word start of
 * the folded text. A trie walk (rather than Aho–Corasick) because matches must begin at word starts anyway
 * (Scunthorpe stays clean), and a walk can honour masked letters and stretched letters, which break the
 * failure links of an automaton. Each walk is bounded by a step budget, so no input can make it slow.
 */

import { SLOT as SLOT_TABLE, type Trie } from './trie-build';

export { type Trie, TrieBuilder } from './trie-build';

// Folded codes, repeated here as literals: the walk is the hottest loop of the engine.
const SPACE = 32;
const WILDCARD = 42;
const MAYBE_LETTER = 43;
const NO_NODE = 0; // node 0 is the root, never a child
const STEP_BUDGET = 400;
// A module-level copy: some loaders (tsx) compile import bindings to getters, too slow for this loop.
const SLOT = SLOT_TABLE;

/** The child of `node` along `code`, or NO_NODE. */
function childOf(trie: Trie, node: number, code: number): number {
  const row = trie.denseRow[node]!;
  if (row >= 0 && code < 128) {
    const slot = SLOT[code]!;
    if (slot !== 255) return trie.dense[row + slot]!;
  }
  const { labels } = trie;
  const end = trie.edgeStart[node + 1]!;
  for (let e = trie.edgeStart[node]!; e < end; e++) {
    const label = labels[e]!;
    if (label === code) return trie.targets[e]!;
    if (label > code) break;
  }
  return NO_NODE;
}

/** Raw hits of one scan, in folded offsets: [start, end) and the entry index. Scratch, reused per scan. */
export class Hits {
  start = new Int32Array(256);
  end = new Int32Array(256);
  entry = new Int32Array(256);
  count = 0;
  /** Frequent-word counts per language (index 1 and 2), for language detection. */
  lang = [0, 0, 0];
  reset(): void {
    this.count = 0;
    this.lang[1] = 0;
    this.lang[2] = 0;
  }
  push(start: number, end: number, entry: number): void {
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.entry[k] = entry;
  }
  private grow(): void {
    const size = this.start.length * 2;
    const grown = (old: Int32Array) => {
      const fresh = new Int32Array(size);
      fresh.set(old);
      return fresh;
    };
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.entry = grown(this.entry);
  }
}

/** What the walker needs to know about entries: whether an entry matches any continuation of its word. */
export interface EntryShape {
  prefix: Uint8Array;
  /** 1 or 2: a frequent word of language 1 or 2, only counted (in `Hits.lang`), never recorded. */
  counted: Uint8Array;
  /** 1: a slur or group name that may also match with one slip of the keyboard (see `findSlips`). */
  fuzzy: Uint8Array;
  /** Per trie node: 1 when a `fuzzy` entry ends at it or below it (`slipReachOf`). */
  slipReach: Uint8Array;
}

/**
 * Per node, whether a fuzzy entry ends at or below it: slips are looked for only where one can be found, which
 * spares almost every walk. Children always have higher numbers than their parent, so one backward pass does.
 */
export function slipReachOf(trie: Trie, fuzzy: Uint8Array): Uint8Array {
  const nodes = trie.outHead.length;
  const reach = new Uint8Array(nodes);
  for (let node = nodes - 1; node >= 0; node--) {
    const head = trie.outHead[node]!;
    if (head >= 0) {
      const count = trie.outFlat[head]!;
      for (let k = 1; k <= count && reach[node] === 0; k++) reach[node] = fuzzy[trie.outFlat[head + k]!]!;
    }
    const end = trie.edgeStart[node + 1]!;
    for (let e = trie.edgeStart[node]!; e < end && reach[node] === 0; e++)
      reach[node] = reach[trie.targets[e]!]!;
  }
  return reach;
}

/** At most this many hits per scan: enough for any comment, and a bound for pathological input. */
const MAX_HITS = 20000;

/** Walks the trie from every word start of `codes[0..len)` and records every complete, bounded match. */
export function findAll(trie: Trie, shape: EntryShape, codes: Uint16Array, len: number, hits: Hits): void {
  const { outHead } = trie;
  const { slipReach } = shape;
  for (let s = 0; s < len && hits.count < MAX_HITS; s++) {
    const first = codes[s]!;
    // A word starts after a space, or after an emoji glued between letters ("great🔥idiot").
    if (first === SPACE || first === MAYBE_LETTER) continue;
    if (s > 0 && codes[s - 1] !== SPACE && codes[s - 1] !== MAYBE_LETTER) continue;
    let node = childOf(trie, 0, first);
    if (node === NO_NODE) continue;
    // Fast path: a plain walk; masked or stretched letters hand over to the bounded search.
    let at = s + 1;
    let last = first;
    let depth = 1;
    let parent = 0;
    for (;;) {
      if (outHead[node]! >= 0) emit(trie, shape, codes, len, hits, s, node, at);
      if (at >= len) break;
      const code = codes[at]!;
      if (code === WILDCARD || code === MAYBE_LETTER || (code === last && codes[at - 1] === code)) {
        budget = STEP_BUDGET;
        search(trie, shape, codes, len, hits, s, node, at, last, depth, 0, false);
        break;
      }
      const child = childOf(trie, node, code);
      if (child === NO_NODE) {
        if (depth >= SLIP_DEPTH && (slipReach[node] === 1 || slipReach[parent] === 1))
          findSlips(trie, shape, codes, len, hits, s, parent, node, at, depth);
        break;
      }
      parent = node;
      node = child;
      last = code;
      at++;
      depth++;
    }
  }
}

/**
 * Slips of the keyboard, as functional hate-speech tests write them: two letters swapped ("Mulsims",
 * "musulamns") or one letter left out ("Muslms"). Tried only where the exact walk stopped, inside the word: at
 * least two letters in (a different start is another word) and before its last letter (a different ending is
 * often another word too: "cancre" and "cancer", "travelo" and "travel"). Only for `fuzzy` entries (slurs and
 * group names, single words) of seven letters or more: shorter ones sit too close to ordinary words ("niger" is
 * a country, "yourte" a tent).
 */
const SLIP_DEPTH = 2;
/** The bounded search does not track the parent node: no swap one step back from there. */
const UNKNOWN_PARENT = -1;
const MIN_SLIP_LENGTH = 7;

function findSlips(
  trie: Trie,
  shape: EntryShape,
  codes: Uint16Array,
  len: number,
  hits: Hits,
  start: number,
  parent: number,
  node: number,
  at: number,
  depth: number,
): void {
  const here = at < len ? codes[at]! : SPACE;
  if (here !== SPACE && at + 1 < len) {
    // Swapped right here: the next letter, then this one.
    const next = codes[at + 1]!;
    if (next !== SPACE && next !== here && isInside(codes, len, at + 2)) {
      const back = swappedChild(trie, node, next, here);
      if (back !== NO_NODE) walkSlip(trie, shape, codes, len, hits, start, back, at + 2, depth + 2);
    }
  }
  // Swapped one step back: the walk went on one letter past the swap before it stopped.
  const previous = codes[at - 1]!;
  if (
    parent !== UNKNOWN_PARENT &&
    depth - 1 >= SLIP_DEPTH &&
    here !== SPACE &&
    here !== previous &&
    isInside(codes, len, at + 1)
  ) {
    const back = swappedChild(trie, parent, here, previous);
    if (back !== NO_NODE) walkSlip(trie, shape, codes, len, hits, start, back, at + 1, depth + 1);
  }
  // A letter left out here: any letter of the trie, then the text goes on.
  if (depth < SLIP_DEPTH + 1 || here === SPACE) return;
  const end = trie.edgeStart[node + 1]!;
  for (let e = trie.edgeStart[node]!; e < end; e++) {
    const label = trie.labels[e]!;
    if (label < 97 || label > 122) continue;
    const resumed = childOf(trie, trie.targets[e]!, here);
    if (resumed !== NO_NODE) walkSlip(trie, shape, codes, len, hits, start, resumed, at + 1, depth + 2);
  }
}

/** The node two letters below `node`, reached by `first` then `second`, or NO_NODE. */
function swappedChild(trie: Trie, node: number, first: number, second: number): number {
  const middle = childOf(trie, node, first);
  return middle === NO_NODE ? NO_NODE : childOf(trie, middle, second);
}

/** True when the word goes on at `at`: slips at the end of a word make ordinary words ("cancre" → "cancer"). */
function isInside(codes: Uint16Array, len: number, at: number): boolean {
  return at < len && codes[at] !== SPACE;
}

/**
 * The exact walk after a slip, to the end of the word: records the fuzzy entries long enough to trust, whole
 * words at the word's end, prefix entries (`word*`) wherever the walk meets them.
 */
function walkSlip(
  trie: Trie,
  shape: EntryShape,
  codes: Uint16Array,
  len: number,
  hits: Hits,
  start: number,
  node: number,
  at: number,
  depth: number,
): void {
  let wordEnd = at;
  while (wordEnd < len && codes[wordEnd] !== SPACE) wordEnd++;
  let current = node;
  let letters = depth;
  for (let position = at; ; position++) {
    const head = trie.outHead[current]!;
    const atEnd = position === wordEnd;
    if (head >= 0 && letters >= MIN_SLIP_LENGTH) {
      const count = trie.outFlat[head]!;
      for (let k = 1; k <= count; k++) {
        const entry = trie.outFlat[head + k]!;
        if (shape.fuzzy[entry] === 1 && (atEnd || shape.prefix[entry] === 1))
          hits.push(start, wordEnd, entry);
      }
    }
    if (atEnd) return;
    current = childOf(trie, current, codes[position]!);
    if (current === NO_NODE) return;
    letters++;
  }
}

function emit(
  trie: Trie,
  shape: EntryShape,
  codes: Uint16Array,
  len: number,
  hits: Hits,
  start: number,
  node: number,
  at: number,
): void {
  const head = trie.outHead[node]!;
  const atBoundary = at >= len || codes[at] === SPACE || codes[at] === MAYBE_LETTER;
  const count = trie.outFlat[head]!;
  for (let k = 1; k <= count; k++) {
    const entry = trie.outFlat[head + k]!;
    const counted = shape.counted[entry]!;
    if (counted !== 0) {
      if (atBoundary) hits.lang[counted]!++;
    } else if (shape.prefix[entry] === 1) {
      let end = at;
      while (end < len && codes[end] !== SPACE && codes[end] !== MAYBE_LETTER) end++;
      hits.push(start, end, entry);
    } else if (atBoundary) hits.push(start, at, entry);
  }
}

let budget = 0;

/** Depth-first search from (node, at): a masked letter tries every letter, a stretched one may be skipped. */
function search(
  trie: Trie,
  shape: EntryShape,
  codes: Uint16Array,
  len: number,
  hits: Hits,
  start: number,
  node: number,
  at: number,
  last: number,
  depth: number,
  wild: number,
  emitHere: boolean,
): void {
  if (--budget < 0) return;
  if (emitHere && trie.outHead[node]! >= 0 && (wild === 0 || (depth - wild >= 2 && wild * 2 <= depth))) {
    emit(trie, shape, codes, len, hits, start, node, at);
  }
  if (at >= len) return;
  const code = codes[at]!;
  // An emoji inside a word may also hide nothing: "co💩nnard".
  if (code === MAYBE_LETTER)
    search(trie, shape, codes, len, hits, start, node, at + 1, last, depth, wild, true);
  if (code === WILDCARD || code === MAYBE_LETTER) {
    // Edges are sorted by code: the letters come in alphabetical order.
    const end = trie.edgeStart[node + 1]!;
    for (let e = trie.edgeStart[node]!; e < end; e++) {
      const label = trie.labels[e]!;
      if (label >= 97 && label <= 122)
        search(
          trie,
          shape,
          codes,
          len,
          hits,
          start,
          trie.targets[e]!,
          at + 1,
          label,
          depth + 1,
          wild + 1,
          true,
        );
    }
    return;
  }
  const child = childOf(trie, node, code);
  if (child !== NO_NODE)
    search(trie, shape, codes, len, hits, start, child, at + 1, code, depth + 1, wild, true);
  else if (wild === 0 && depth >= SLIP_DEPTH && code !== last && shape.slipReach[node] === 1)
    findSlips(trie, shape, codes, len, hits, start, UNKNOWN_PARENT, node, at, depth);
  // A stretched letter (three or more in a row, "connnnard") may stand for the one the term has.
  if (
    code === last &&
    code !== SPACE &&
    codes[at - 1] === code &&
    (codes[at - 2] === code || codes[at + 1] === code)
  ) {
    search(trie, shape, codes, len, hits, start, node, at + 1, code, depth, wild, true);
  }
}
