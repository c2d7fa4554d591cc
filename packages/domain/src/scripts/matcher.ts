import { DomainError } from '../core/index.ts';
import {
  buildDense,
  buildTrie,
  buildWalk,
  CLASS_SKIP,
  type DenseTables,
  type WalkTables,
} from './automaton.ts';
import { normalizationTable, normalizeForMatching, SKIP } from './normalize.ts';

/**
 * Forbidden-phrase matcher (issue "Hotline scripts, forbidden-phrase guard", part 2).
 *
 * Every occurrence is reported, overlapping ones too (我也不知道该怎么办 yields itself and 不知道), as
 * `{ phraseId, start, end }` in UTF-16 indices of the ORIGINAL text: `start` is the first matched character and
 * `end` is one past the last, so separators skipped inside a match are covered and those around it are not.
 * Hits are ordered by start, then end, then phrase order. Normalisation (on by default) is described in
 * normalize.ts; the tables are described in automaton.ts; numbers are in docs/PERFORMANCE.md.
 *
 * Allow-contexts: an allow-context is a longer string that contains at least one phrase (after normalisation).
 * A hit is suppressed when an occurrence of an allow-context covers it: context.start <= hit.start and
 * hit.end <= context.end. Example: 不清楚 is a hit in 我不清楚, but not inside 如有不清楚的地方.
 */

export type PhraseInput = { id: string; phrase: string };
export type PhraseHit = { phraseId: string; start: number; end: number };
export type MatcherOptions = {
  allowContexts?: readonly string[];
  /** False matches code units exactly. Default true. */
  normalize?: boolean;
  /** Table layout; 'auto' (default) takes the DFA unless it is too large. Exposed for tests and benchmarks. */
  layout?: 'auto' | 'walk';
};
export type PhraseMatcher = {
  /** Every non-suppressed occurrence, overlapping ones included. */
  find(text: string): PhraseHit[];
  /** True when find would return a hit; stops at the first one when there are no allow-contexts. */
  test(text: string): boolean;
  readonly layout: 'dense' | 'walk';
};

/** Receives pattern index, start, end; returns true to stop the scan. */
type OnHit = (pattern: number, start: number, end: number) => boolean;

/**
 * DFA scan. While the automaton is at its root (no partial match pending), a Horspool-style skip looks at the
 * character `minLength - 1` ahead: every pattern occurrence starting in the window would have a non-separator
 * character there at one of its first `minLength` positions, so if that character is none of those (`canStart`
 * is 0), the whole window is passed over. A separator there (canStart 1) never allows the jump, which keeps the
 * argument sound with skipped characters inside occurrences.
 */
const scanDense = (
  text: string,
  t: DenseTables,
  lengths: Int32Array,
  canStart: Uint8Array,
  minLength: number,
  onHit: OnHit,
): void => {
  const { classOf, next, firstOutputRow, rootRow, classCount, outStart, outList } = t;
  const n = text.length;
  const lastWindow = minLength > 1 ? n - minLength : -1;
  const ahead = minLength - 1;
  let row = rootRow;
  let i = 0;
  while (i < n) {
    if (row === rootRow) {
      while (i <= lastWindow) {
        const v = canStart[text.charCodeAt(i + ahead)]!;
        if (v === 0 || (v === 2 && canStart[text.charCodeAt(i + ahead - 1)] === 0)) i += minLength;
        else break;
      }
      if (i >= n) break;
    }
    const cls = classOf[text.charCodeAt(i)]!;
    row = next[row + cls]!;
    // A separator after a match leaves the DFA in the matched state: report only on a real character.
    if (row >= firstOutputRow && cls !== CLASS_SKIP) {
      const state = row / classCount;
      for (let k = outStart[state]!; k < outStart[state + 1]!; k++) {
        const p = outList[k]!;
        if (onHit(p, startOf(text, classOf, i, lengths[p]!), i + 1)) return;
      }
    }
    i++;
  }
};

/** Start of a match of `length` pattern units ending at `last`, stepping back over separators. */
const startOf = (text: string, classOf: Uint16Array, last: number, length: number): number => {
  let i = last;
  for (let left = length - 1; left > 0; ) if (classOf[text.charCodeAt(--i)] !== CLASS_SKIP) left--;
  return i;
};

/** Trie-walk scan for very large phrase lists (see automaton.ts). */
const scanWalk = (text: string, t: WalkTables, norm: Uint16Array | null, onHit: OnHit): void => {
  const { first, childStart, edgeUnit, edgeNode, outStart, outList } = t;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let node = first[text.charCodeAt(i)]!;
    if (node === 0) continue;
    let j = i + 1;
    for (;;) {
      for (let k = outStart[node]!; k < outStart[node + 1]!; k++) if (onHit(outList[k]!, i, j)) return;
      const from = childStart[node]!;
      const to = childStart[node + 1]!;
      let c = -1;
      while (from < to && j < n) {
        const u = text.charCodeAt(j++);
        c = norm === null ? u : norm[u]!;
        if (c !== SKIP || norm === null) break;
        c = -1;
      }
      if (c < 0) break;
      let child = 0;
      for (let k = from; k < to && child === 0; k++) if (edgeUnit[k] === c) child = edgeNode[k]!;
      if (child === 0) break;
      node = child;
    }
  }
};

export const compileMatcher = (
  phrases: readonly PhraseInput[],
  options: MatcherOptions = {},
): PhraseMatcher => {
  const normalizing = options.normalize ?? true;
  const prepare = (s: string) => (normalizing ? normalizeForMatching(s) : s);
  const patterns: string[] = [];
  const seen = new Set<string>();
  for (const p of phrases) {
    if (seen.has(p.id)) throw new DomainError('FORBIDDEN_PHRASE_DUPLICATE_ID', { id: p.id });
    seen.add(p.id);
    if (normalizing && /[\ud800-\udfff]/.test(p.phrase)) {
      throw new DomainError('FORBIDDEN_PHRASE_UNSUPPORTED_CHARACTER', { id: p.id });
    }
    const n = prepare(p.phrase);
    if (n.length === 0) throw new DomainError('FORBIDDEN_PHRASE_EMPTY', { id: p.id });
    patterns.push(n);
  }
  const phraseCount = patterns.length;
  for (const context of options.allowContexts ?? []) {
    const n = prepare(context);
    if (!patterns.slice(0, phraseCount).some((p) => n.length > p.length && n.includes(p))) {
      throw new DomainError('ALLOW_CONTEXT_WITHOUT_PHRASE', { context });
    }
    patterns.push(n);
  }

  const norm = normalizationTable();
  const unit = normalizing ? (c: number) => (norm[c] === SKIP ? -1 : norm[c]!) : (c: number) => c;
  const trie = buildTrie(patterns);
  const dense = options.layout === 'walk' ? null : buildDense(trie, unit);
  const walk = dense ? null : buildWalk(trie, unit);
  const lengths = Int32Array.from(patterns, (p) => p.length);
  const minLength = Math.min(...patterns.map((p) => p.length));
  // canStart[c]: c is a separator, or its normalised unit is among the first minLength units of some pattern.
  const starts = new Set(
    patterns.flatMap((p) => Array.from(p.slice(0, minLength), (ch) => ch.charCodeAt(0))),
  );
  const canStart = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++)
    canStart[c] = unit(c) < 0 ? (minLength > 1 ? 2 : 1) : starts.has(unit(c)) ? 1 : 0;

  const scan = (text: string, onHit: OnHit) => {
    if (!dense) return scanWalk(text, walk!, normalizing ? norm : null, onHit);
    return scanDense(text, dense, lengths, canStart, minLength, onHit);
  };
  const ids = phrases.map((p) => p.id);
  const hasContexts = patterns.length > phraseCount;

  const find = (text: string): PhraseHit[] => {
    const raw: number[] = [];
    scan(text, (p, start, end) => {
      raw.push(p, start, end);
      return false;
    });
    if (raw.length === 0) return [];
    const order = Array.from({ length: raw.length / 3 }, (_, h) => h * 3);
    // By start; at one start allow-contexts first (they must raise `reach` before the hits they cover); then end.
    const isContext = (h: number) => (raw[h]! >= phraseCount ? 1 : 0);
    order.sort(
      (a, b) =>
        raw[a + 1]! - raw[b + 1]! ||
        isContext(b) - isContext(a) ||
        raw[a + 2]! - raw[b + 2]! ||
        raw[a]! - raw[b]!,
    );
    const hits: PhraseHit[] = [];
    let reach = -1; // furthest end of the allow-contexts that start at or before the current hit
    for (const h of order) {
      const p = raw[h]!;
      const start = raw[h + 1]!;
      const end = raw[h + 2]!;
      if (p >= phraseCount) reach = Math.max(reach, end);
      else if (!hasContexts || reach < end) hits.push({ phraseId: ids[p]!, start, end });
    }
    return hits;
  };

  const test = (text: string): boolean => {
    if (hasContexts) return find(text).length > 0;
    let found = false;
    scan(text, () => {
      found = true;
      return true;
    });
    return found;
  };

  return { find, test, layout: dense ? 'dense' : 'walk' };
};
