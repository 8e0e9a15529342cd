/**
 * The compiled multi-term matcher: one trie over the folded forms of every term, walked from each word start of
 * the folded text. A trie walk (rather than Aho–Corasick) because matches must begin at word starts anyway
 * (Scunthorpe stays clean), and a walk can honour masked letters and stretched letters, which break the
 * failure links of an automaton. Each walk is bounded by a step budget, so no input can make it slow.
 */

// Folded codes, repeated here as literals: the walk is the hottest loop of the engine.
const SPACE = 32;
const WILDCARD = 42;
const DENSE = 37; // a-z, 0-9, space
const NO_NODE = 0; // node 0 is the root, never a child
const STEP_BUDGET = 400;

function slotOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  if (code === SPACE) return 36;
  return -1;
}

export class TrieBuilder {
  private dense: number[] = new Array(DENSE).fill(NO_NODE);
  private sparse = new Map<number, number>();
  private outputs: number[][] = [[]];
  private nodeCount = 1;

  /** Adds `folded` (a folded term) with an entry index as its payload. */
  add(folded: string, entry: number): void {
    let node = 0;
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      let child = this.child(node, code);
      if (child === NO_NODE) {
        child = this.nodeCount++;
        this.outputs.push([]);
        for (let s = 0; s < DENSE; s++) this.dense.push(NO_NODE);
        const slot = slotOf(code);
        if (slot >= 0) this.dense[node * DENSE + slot] = child;
        else this.sparse.set(node * 65536 + code, child);
      }
      node = child;
    }
    const list = this.outputs[node]!;
    if (!list.includes(entry)) list.push(entry);
  }

  private child(node: number, code: number): number {
    const slot = slotOf(code);
    if (slot >= 0) return this.dense[node * DENSE + slot]!;
    return this.sparse.get(node * 65536 + code) ?? NO_NODE;
  }

  build(): Trie {
    const outHead = new Int32Array(this.nodeCount).fill(-1);
    const flat: number[] = [];
    this.outputs.forEach((list, node) => {
      if (list.length === 0) return;
      outHead[node] = flat.length;
      flat.push(list.length, ...list);
    });
    return {
      dense: Int32Array.from(this.dense),
      sparse: new Map(this.sparse),
      outHead,
      outFlat: Int32Array.from(flat),
    };
  }
}

export interface Trie {
  dense: Int32Array;
  sparse: Map<number, number>;
  /** Per node: index into outFlat of [count, entry…], or -1. */
  outHead: Int32Array;
  outFlat: Int32Array;
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
}

/** At most this many hits per scan: enough for any comment, and a bound for pathological input. */
const MAX_HITS = 20000;

/** Walks the trie from every word start of `codes[0..len)` and records every complete, bounded match. */
export function findAll(trie: Trie, shape: EntryShape, codes: Uint16Array, len: number, hits: Hits): void {
  const { dense, outHead } = trie;
  for (let s = 0; s < len && hits.count < MAX_HITS; s++) {
    const first = codes[s]!;
    if (first === SPACE || (s > 0 && codes[s - 1] !== SPACE)) continue;
    const slot = slotOf(first);
    let node = slot >= 0 ? dense[slot]! : (trie.sparse.get(first) ?? NO_NODE);
    if (node === NO_NODE) continue;
    // Fast path: a plain walk; masked or stretched letters hand over to the bounded search.
    let at = s + 1;
    let last = first;
    let depth = 1;
    for (;;) {
      if (outHead[node]! >= 0) emit(trie, shape, codes, len, hits, s, node, at);
      if (at >= len) break;
      const code = codes[at]!;
      if (code === WILDCARD || (code === last && codes[at - 1] === code)) {
        budget = STEP_BUDGET;
        search(trie, shape, codes, len, hits, s, node, at, last, depth, 0, false);
        break;
      }
      const next = code >= 97 && code <= 122 ? code - 97 : slotOf(code);
      const child =
        next >= 0 ? dense[node * DENSE + next]! : (trie.sparse.get(node * 65536 + code) ?? NO_NODE);
      if (child === NO_NODE) break;
      node = child;
      last = code;
      at++;
      depth++;
    }
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
  const atBoundary = at >= len || codes[at] === SPACE;
  const count = trie.outFlat[head]!;
  for (let k = 1; k <= count; k++) {
    const entry = trie.outFlat[head + k]!;
    const counted = shape.counted[entry]!;
    if (counted !== 0) {
      if (atBoundary) hits.lang[counted]!++;
    } else if (shape.prefix[entry] === 1) {
      let end = at;
      while (end < len && codes[end] !== SPACE) end++;
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
  if (code === WILDCARD) {
    for (let slot = 0; slot < 26; slot++) {
      const child = trie.dense[node * DENSE + slot]!;
      if (child !== NO_NODE)
        search(trie, shape, codes, len, hits, start, child, at + 1, 97 + slot, depth + 1, wild + 1, true);
    }
    return;
  }
  const slot = slotOf(code);
  const child =
    slot >= 0 ? trie.dense[node * DENSE + slot]! : (trie.sparse.get(node * 65536 + code) ?? NO_NODE);
  if (child !== NO_NODE)
    search(trie, shape, codes, len, hits, start, child, at + 1, code, depth + 1, wild, true);
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
