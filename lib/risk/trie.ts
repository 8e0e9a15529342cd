/**
 * The compiled multi-term matcher: one trie over the folded forms of every term, walked from each word start of
 * the folded text. A trie walk (rather than Aho–Corasick) because matches must begin at word starts anyway
 * (Scunthorpe stays clean), and a walk can honour masked letters and stretched letters, which break the
 * failure links of an automaton. Each walk is bounded by a step budget, so no input can make it slow.
 */
import { SPACE, WILDCARD } from './fold';

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
  start: number[] = [];
  end: number[] = [];
  entry: number[] = [];
  /** True when the term was matched through a masked letter. */
  count = 0;
  reset(): void {
    this.count = 0;
  }
  push(start: number, end: number, entry: number): void {
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.entry[k] = entry;
  }
}

/** What the walker needs to know about entries: whether an entry matches any continuation of its word. */
export interface EntryShape {
  prefix: Uint8Array;
}

/** Walks the trie from every word start of `codes[0..len)` and records every complete, bounded match. */
export function findAll(trie: Trie, shape: EntryShape, codes: Uint16Array, len: number, hits: Hits): void {
  const { dense } = trie;
  for (let s = 0; s < len; s++) {
    const first = codes[s]!;
    if (first === SPACE || (s > 0 && codes[s - 1] !== SPACE)) continue;
    const slot = slotOf(first);
    const child = slot >= 0 ? dense[slot]! : (trie.sparse.get(first) ?? NO_NODE);
    if (child === NO_NODE) continue;
    budget = STEP_BUDGET;
    walk(trie, shape, codes, len, hits, s, child, s + 1, first, 1, 0);
  }
}

let budget = 0;

function walk(
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
): void {
  if (--budget < 0) return;
  const head = trie.outHead[node]!;
  if (head >= 0 && (wild === 0 || (depth - wild >= 2 && wild * 2 <= depth))) {
    const atBoundary = at >= len || codes[at] === SPACE;
    const count = trie.outFlat[head]!;
    for (let k = 1; k <= count; k++) {
      const entry = trie.outFlat[head + k]!;
      if (shape.prefix[entry] === 1) {
        let end = at;
        while (end < len && codes[end] !== SPACE) end++;
        hits.push(start, end, entry);
      } else if (atBoundary) hits.push(start, at, entry);
    }
  }
  if (at >= len) return;
  const code = codes[at]!;
  if (code === WILDCARD) {
    for (let slot = 0; slot < 26; slot++) {
      const child = trie.dense[node * DENSE + slot]!;
      if (child !== NO_NODE) walk(trie, shape, codes, len, hits, start, child, at + 1, 97 + slot, depth + 1, wild + 1);
    }
    return;
  }
  const slot = slotOf(code);
  const child = slot >= 0 ? trie.dense[node * DENSE + slot]! : (trie.sparse.get(node * 65536 + code) ?? NO_NODE);
  if (child !== NO_NODE) walk(trie, shape, codes, len, hits, start, child, at + 1, code, depth + 1, wild);
  // A stretched letter (three or more in a row, "connnnard") may stand for the one the term has.
  if (code === last && code !== SPACE && codes[at - 1] === code && (codes[at - 2] === code || codes[at + 1] === code)) {
    walk(trie, shape, codes, len, hits, start, node, at + 1, code, depth, wild);
  }
}
