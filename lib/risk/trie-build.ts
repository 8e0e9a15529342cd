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
    // Locals rather than `this.` reads: compiling runs cold, in the interpreter, where each read costs.
    const { firstEdge, edgeCode, edgeTarget, edgeNext } = this;
    let node = 0;
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      let edge = firstEdge[node]!;
      while (edge >= 0 && edgeCode[edge] !== code) edge = edgeNext[edge]!;
      if (edge < 0) {
        const child = firstEdge.length;
        firstEdge.push(-1);
        this.outputs.push(undefined);
        edge = edgeCode.length;
        edgeCode.push(code);
        edgeTarget.push(child);
        edgeNext.push(firstEdge[node]!);
        firstEdge[node] = edge;
      }
      node = edgeTarget[edge]!;
    }
    const list = this.outputs[node];
    if (list === undefined) this.outputs[node] = [entry];
    else if (!list.includes(entry)) list.push(entry);
  }

  /**
   * Flattens the lists into the typed arrays. Written for the cold start (the content script compiles the charter
   * before the JIT has warmed up): plain loops over locals into pre-sized typed arrays, no closures.
   */
  build(): Trie {
    const { firstEdge, edgeCode, edgeTarget, edgeNext, outputs } = this;
    const nodes = firstEdge.length;
    // Nodes are numbered breadth first: the top of the trie, where every walk spends its first steps, then
    // lies in a few kilobytes of each array instead of across all of them (the walk ran about 7 % faster).
    const order = breadthFirst(firstEdge, edgeNext, edgeTarget, nodes);
    const renumbered = new Int32Array(nodes);
    for (let k = 0; k < nodes; k++) renumbered[order[k]!] = k;
    const edgeStart = new Int32Array(nodes + 1);
    const labels = new Uint16Array(edgeCode.length);
    const targets = new Int32Array(edgeCode.length);
    const denseRow = new Int32Array(nodes).fill(-1);
    let fatNodes = 0;
    let outputSize = 0;
    for (let node = 0; node < nodes; node++) {
      let children = 0;
      for (let edge = firstEdge[node]!; edge >= 0 && children < FAT; edge = edgeNext[edge]!) children++;
      if (children >= FAT) fatNodes++;
      const list = outputs[node];
      if (list !== undefined) outputSize += list.length + 1;
    }
    const dense = new Int32Array(fatNodes * DENSE);
    let rows = 0;
    let at = 0;
    for (let node = 0; node < nodes; node++) {
      const old = order[node]!;
      edgeStart[node] = at;
      // Sorted by code (insertion sort: runs are short and their codes distinct): the masked-letter search
      // tries letters in alphabetical order.
      const from = at;
      for (let edge = firstEdge[old]!; edge >= 0; edge = edgeNext[edge]!) {
        const code = edgeCode[edge]!;
        let k = at++;
        while (k > from && labels[k - 1]! > code) {
          labels[k] = labels[k - 1]!;
          targets[k] = targets[k - 1]!;
          k--;
        }
        labels[k] = code;
        targets[k] = renumbered[edgeTarget[edge]!]!;
      }
      if (at - from >= FAT) {
        const row = rows;
        rows += DENSE;
        denseRow[node] = row;
        for (let e = from; e < at; e++) {
          const code = labels[e]!;
          if (code < 128 && SLOT[code] !== 255) dense[row + SLOT[code]!] = targets[e]!;
        }
      }
    }
    edgeStart[nodes] = at;
    const outHead = new Int32Array(nodes).fill(-1);
    const outFlat = new Int32Array(outputSize);
    let flat = 0;
    for (let node = 0; node < nodes; node++) {
      const list = outputs[order[node]!];
      if (list === undefined) continue;
      outHead[node] = flat;
      outFlat[flat++] = list.length;
      for (let k = 0; k < list.length; k++) outFlat[flat++] = list[k]!;
    }
    return { edgeStart, labels, targets, denseRow, dense, outHead, outFlat };
  }
}

/** Node numbers in breadth-first order from the root (node 0), over the builder's linked lists of edges. */
function breadthFirst(
  firstEdge: number[],
  edgeNext: number[],
  edgeTarget: number[],
  nodes: number,
): Int32Array {
  const order = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++)
    for (let edge = firstEdge[order[head]!]!; edge >= 0; edge = edgeNext[edge]!)
      order[tail++] = edgeTarget[edge]!;
  return order;
}
