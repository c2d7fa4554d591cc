/**
 * Tables for the forbidden-phrase matcher, built once per compiled phrase list (see matcher.ts for how they are
 * read). Two layouts:
 *
 * - `dense`: an Aho–Corasick automaton turned into a full DFA over character classes. Every code unit that occurs
 *   in a pattern gets a class, everything else is class OTHER, and (when normalising) separators are class SKIP,
 *   whose transition is a self-loop, so skipping costs nothing. Rows are stored premultiplied by the class count
 *   and states with outputs are numbered last: the scan is `row = next[row + classOf[c]]; if (row >= firstOutput)`,
 *   one dependent load and one nearly-always-false compare per character, no branch mispredictions. With it go
 *   the skip tables (`buildSkip`: per-class flags and class pairs) of the jump described in matcher.ts.
 * - `walk`: the trie alone (children in CSR arrays), used when the DFA would be too large
 *   (states × classes > DENSE_LIMIT), e.g. thousands of phrases. It starts a walk at every character that can
 *   begin a pattern.
 */

export const CLASS_OTHER = 0;
export const CLASS_SKIP = 1;
/** 4 Mi entries = 16 MiB of Int32: far above what hundreds of spoken phrases need (~1k states × ~200 classes). */
export const DENSE_LIMIT = 4 * 1024 * 1024;

type TrieNode = { children: Map<number, TrieNode>; id: number; outputs: number[] };

export type Trie = { nodes: TrieNode[]; root: TrieNode };

export const buildTrie = (patterns: readonly string[]): Trie => {
  const root: TrieNode = { children: new Map(), id: 0, outputs: [] };
  const nodes = [root];
  patterns.forEach((pattern, p) => {
    let node = root;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = node.children.get(c);
      if (!next) {
        next = { children: new Map(), id: nodes.length, outputs: [] };
        nodes.push(next);
        node.children.set(c, next);
      }
      node = next;
    }
    node.outputs.push(p);
  });
  return { nodes, root };
};

export type DenseTables = {
  kind: 'dense';
  /** classOf[raw code unit]; normalisation is folded in. */
  classOf: Uint16Array;
  next: Int32Array;
  rootRow: number;
  firstOutputRow: number;
  classCount: number;
  /** Outputs of the state at row r: outList[outStart[r / classCount] .. outStart[r / classCount + 1]). */
  outStart: Int32Array;
  outList: Int32Array;
};

/**
 * Builds the DFA, or returns null when it would exceed DENSE_LIMIT. `normalizeUnit` maps a raw code unit to the
 * unit patterns are written in, or to -1 for a separator (class SKIP).
 */
export const buildDense = (trie: Trie, normalizeUnit: (c: number) => number): DenseTables | null => {
  const { nodes, root } = trie;
  const classes = new Map<number, number>();
  for (const node of nodes)
    for (const c of node.children.keys()) if (!classes.has(c)) classes.set(c, classes.size + 2);
  const k = classes.size + 2;
  const s = nodes.length;
  if (s * k > DENSE_LIMIT) return null;

  // Breadth-first: failure links and full transitions (delta(s, a) = goto(s, a) or delta(fail(s), a)).
  const delta = new Int32Array(s * k);
  const fail = new Int32Array(s);
  const outputs: number[][] = nodes.map((n) => n.outputs);
  const queue: TrieNode[] = [];
  for (const [c, child] of root.children) {
    delta[classes.get(c)!] = child.id;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q]!;
    const f = fail[r.id]!;
    delta.copyWithin(r.id * k, f * k, f * k + k);
    for (const [c, child] of r.children) {
      const a = classes.get(c)!;
      fail[child.id] = delta[f * k + a]!;
      delta[r.id * k + a] = child.id;
      const inherited = outputs[fail[child.id]!]!;
      if (inherited.length > 0) outputs[child.id] = [...outputs[child.id]!, ...inherited];
      queue.push(child);
    }
  }
  for (let st = 0; st < s; st++) delta[st * k + CLASS_SKIP] = st;

  // Renumber: states without outputs first, so "has output" is `row >= firstOutputRow`.
  const order = [...nodes.keys()].sort(
    (a, b) => Number(outputs[a]!.length > 0) - Number(outputs[b]!.length > 0),
  );
  const newId = new Int32Array(s);
  order.forEach((old, id) => {
    newId[old] = id;
  });
  const next = new Int32Array(s * k);
  const outStart = new Int32Array(s + 1);
  const outList: number[] = [];
  order.forEach((old, id) => {
    for (let a = 0; a < k; a++) next[id * k + a] = newId[delta[old * k + a]!]! * k;
    outStart[id] = outList.length;
    // Sorted so hits at one position come out in phrase order.
    outList.push(...[...outputs[old]!].sort((x, y) => x - y));
  });
  outStart[s] = outList.length;

  const classOf = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const u = normalizeUnit(c);
    classOf[c] = u < 0 ? CLASS_SKIP : (classes.get(u) ?? CLASS_OTHER);
  }
  const firstOutput = order.findIndex((old) => outputs[old]!.length > 0);
  return {
    kind: 'dense',
    classOf,
    next,
    rootRow: newId[0]! * k,
    firstOutputRow: (firstOutput < 0 ? s : firstOutput) * k,
    classCount: k,
    outStart,
    outList: Int32Array.from(outList),
  };
};

/** Per-class flags of the skip in matcher.ts scanDense. */
export const IN_WINDOW = 1;
export const FIRST = 2;
export const SKIP_FLAG = 4;
/** Class pairs are hashed into 64 Ki entries; a collision only costs a missed jump, never a missed match. */
export const pairKey = (a: number, b: number): number => (a * 251 + b) & 0xffff;

export type SkipTables = { minLength: number; flags: Uint8Array; pairs: Uint8Array };

/** For each class: is it among the first minLength units of a pattern (IN_WINDOW), a first unit (FIRST)? */
export const buildSkip = (t: DenseTables, patterns: readonly string[]): SkipTables => {
  const minLength = Math.min(...patterns.map((p) => p.length));
  const flags = new Uint8Array(t.classCount);
  flags[CLASS_SKIP] = SKIP_FLAG;
  const pairs = new Uint8Array(65536);
  for (const p of patterns) {
    for (let k = 0; k < minLength; k++) {
      const cls = t.classOf[p.charCodeAt(k)]!;
      flags[cls] = flags[cls]! | IN_WINDOW | (k === 0 ? FIRST : 0);
      if (k > 0) pairs[pairKey(t.classOf[p.charCodeAt(k - 1)]!, cls)] = 1;
    }
  }
  return { minLength, flags, pairs };
};

export type WalkTables = {
  kind: 'walk';
  /** first[raw code unit] = trie node of its normalised form under the root, 0 if none. */
  first: Int32Array;
  childStart: Int32Array;
  edgeUnit: Uint16Array;
  edgeNode: Int32Array;
  outStart: Int32Array;
  outList: Int32Array;
};

export const buildWalk = (trie: Trie, normalizeUnit: (c: number) => number): WalkTables => {
  const { nodes, root } = trie;
  const childStart = new Int32Array(nodes.length + 1);
  const outStart = new Int32Array(nodes.length + 1);
  const edgeUnit = new Uint16Array(nodes.length);
  const edgeNode = new Int32Array(nodes.length);
  const outList: number[] = [];
  let e = 0;
  for (const node of nodes) {
    childStart[node.id] = e;
    outStart[node.id] = outList.length;
    for (const [c, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
      edgeUnit[e] = c;
      edgeNode[e++] = child.id;
    }
    outList.push(...[...node.outputs].sort((x, y) => x - y));
  }
  childStart[nodes.length] = e;
  outStart[nodes.length] = outList.length;
  const first = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) {
    const u = normalizeUnit(c);
    first[c] = u < 0 ? 0 : (root.children.get(u)?.id ?? 0);
  }
  return { kind: 'walk', first, childStart, edgeUnit, edgeNode, outStart, outList: Int32Array.from(outList) };
};
