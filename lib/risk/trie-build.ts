/**
 * Builds the term trie into flat typed arrays. Layout, chosen for the walk's cache footprint (a dense 37-slot
 * row per node cost 2.8 MB for the starter charter, and most of the walk's time in cache misses):
 *  - every node's children are a run of edges sorted by code (`labels`/`targets`, from `edgeStart[node]` to
 *    `edgeStart[node + 1]`): most nodes have one child, so a lookup is one comparison;
 *  - the few "fat" nodes (the root and the first letters of words) also get a dense row indexed by `SLOT`,
 *    so the first steps of a walk, where the branching is wide, stay one load.
 */

export const DENSE = 37; // a-z, 0-9, space
/** Nodes with at least this many children get a dense row. */
const FAT = 4;

/** Dense-row slot of a code below 128 (a-z, 0-9, space), or 255 when the code has none. */
export const SLOT = new Uint8Array(128).fill(255);
for (let c = 97; c <= 122; c++) SLOT[c] = c - 97;
for (let c = 48; c <= 57; c++) SLOT[c] = c - 48 + 26;
SLOT[32] = 36;

export interface Trie {
  /** Per node: first edge; `edgeStart[node + 1]` ends its run. */
  edgeStart: Int32Array;
  labels: Uint16Array;
  targets: Int32Array;
  /** Per node: offset of its dense row in `dense`, or -1. */
  denseRow: Int32Array;
  dense: Int32Array;
  /** Per node: index into outFlat of [count, entry…], or -1. */
  outHead: Int32Array;
  outFlat: Int32Array;
}

export class TrieBuilder {
  // Children as linked lists of edges in growable plain arrays: cheap to insert into, flattened by `build`.
  private firstEdge: number[] = [-1];
  private edgeCode: number[] = [];
  private edgeTarget: number[] = [];
  private edgeNext: number[] = [];
  private outputs: (number[] | undefined)[] = [undefined];

  /** Adds `folded` (a folded term) with an entry index as its payload. */
  add(folded: string, entry: number): void {
    let node = 0;
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      let edge = this.firstEdge[node]!;
      while (edge >= 0 && this.edgeCode[edge] !== code) edge = this.edgeNext[edge]!;
      if (edge < 0) {
        const child = this.firstEdge.length;
        this.firstEdge.push(-1);
        this.outputs.push(undefined);
        edge = this.edgeCode.length;
        this.edgeCode.push(code);
        this.edgeTarget.push(child);
        this.edgeNext.push(this.firstEdge[node]!);
        this.firstEdge[node] = edge;
      }
      node = this.edgeTarget[edge]!;
    }
    const list = this.outputs[node];
    if (list === undefined) this.outputs[node] = [entry];
    else if (!list.includes(entry)) list.push(entry);
  }

  build(): Trie {
    const nodes = this.firstEdge.length;
    const runs: number[][] = [];
    const order = this.breadthFirstOrder(runs);
    const newId = new Int32Array(nodes);
    for (let k = 0; k < nodes; k++) newId[order[k]!] = k;
    const edgeStart = new Int32Array(nodes + 1);
    const labels = new Uint16Array(this.edgeCode.length);
    const targets = new Int32Array(this.edgeCode.length);
    const denseRow = new Int32Array(nodes).fill(-1);
    const dense: number[] = [];
    let at = 0;
    for (let id = 0; id < nodes; id++) {
      edgeStart[id] = at;
      const run = runs[order[id]!]!;
      for (const edge of run) {
        labels[at] = this.edgeCode[edge]!;
        targets[at++] = newId[this.edgeTarget[edge]!]!;
      }
      if (run.length >= FAT) {
        const row = dense.length;
        denseRow[id] = row;
        for (let s = 0; s < DENSE; s++) dense.push(0);
        for (const edge of run) {
          const code = this.edgeCode[edge]!;
          if (code < 128 && SLOT[code] !== 255) dense[row + SLOT[code]!] = newId[this.edgeTarget[edge]!]!;
        }
      }
    }
    edgeStart[nodes] = at;
    const outHead = new Int32Array(nodes).fill(-1);
    const flat: number[] = [];
    for (let id = 0; id < nodes; id++) {
      const list = this.outputs[order[id]!];
      if (list === undefined) continue;
      outHead[id] = flat.length;
      flat.push(list.length);
      for (const entry of list) flat.push(entry);
    }
    return {
      edgeStart,
      labels,
      targets,
      denseRow,
      dense: Int32Array.from(dense),
      outHead,
      outFlat: Int32Array.from(flat),
    };
  }

  /** The edges of `node`, sorted by code: the masked-letter search tries letters in alphabetical order. */
  private sortedEdges(node: number): number[] {
    const run: number[] = [];
    for (let edge = this.firstEdge[node]!; edge >= 0; edge = this.edgeNext[edge]!) run.push(edge);
    if (run.length > 1) run.sort((a, b) => this.edgeCode[a]! - this.edgeCode[b]!);
    return run;
  }

  /**
   * Nodes numbered level by level (the root stays 0): the first levels, which every walk goes through, end up
   * packed together in each array, so most steps of a walk hit the cache. Fills `runs` with each node's
   * sorted edges on the way.
   */
  private breadthFirstOrder(runs: number[][]): Int32Array {
    const order = new Int32Array(this.firstEdge.length);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const node = order[head]!;
      const run = this.sortedEdges(node);
      runs[node] = run;
      for (const edge of run) order[tail++] = this.edgeTarget[edge]!;
    }
    return order;
  }
}
