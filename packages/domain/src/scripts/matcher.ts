import { DomainError } from '../core/index.ts';
import {
  buildDense,
  buildSkip,
  buildTrie,
  buildWalk,
  type DenseTables,
  type SkipTables,
  type WalkTables,
} from './automaton.ts';
import { normalizationTable, normalizeForMatching, SKIP } from './normalize.ts';
import { compileVariants, mergeHits } from './variants.ts';

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

/** `variants`: the phrase's cores with bounded gaps (variants.ts), caught as the phrase itself. */
export type PhraseInput = { id: string; phrase: string; variants?: readonly string[] | undefined };
export type PhraseHit = { phraseId: string; start: number; end: number };
export type MatcherOptions = {
  allowContexts?: readonly string[];
  /** False matches code units exactly. Default true. */
  normalize?: boolean;
  /** Table layout; 'auto' (default) takes the DFA unless it is too large. Exposed for tests and benchmarks. */
  layout?: 'auto' | 'walk';
  /** Longest "…" gap of a variant (variants.ts VARIANT_GAP by default). */
  variantGap?: number;
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

// Copies of automaton.ts constants: reading imported bindings in the hot loop measured twice as slow (V8 checks
// each read of an imported binding for initialisation).
const CLASS_SKIP = 1;
const FIRST = 2;
const SKIP_FLAG = 4;

/**
 * DFA scan with a Horspool-style skip while the automaton is at its root (no partial match pending, so resetting
 * it loses nothing). Take the window [i, q], q = i + minLength - 1. An occurrence starting at p in [i, q] spans
 * at least minLength real characters, so it covers q, and a real character at q is its unit number <= q - p,
 * i.e. among its first minLength units (IN_WINDOW). Likewise an occurrence starting in [i, q - 1] covers q - 1
 * and q; when both are real they are its consecutive units j - 1, j with j <= minLength - 1, a pair recorded in
 * `pairs`. So, with the skip tables of automaton.ts:
 * - q real and not IN_WINDOW: nothing starts in [i, q]: jump past q;
 * - q a separator: it starts nothing; if q - 1 is real and not IN_WINDOW, nothing starts in [i, q - 1] either;
 * - q and q - 1 real and not a recorded pair: nothing starts in [i, q - 1]; jump past q, or to q if q is a FIRST
 *   unit (a later window check then rules q in or out).
 */
const scanDense = (text: string, t: DenseTables, s: SkipTables, lengths: Int32Array, onHit: OnHit): void => {
  const { classOf, next, firstOutputRow, rootRow, classCount, outStart, outList } = t;
  const { flags, pairs, minLength } = s;
  const n = text.length;
  const lastWindow = minLength > 1 ? n - minLength : -1;
  const ahead = minLength - 1;
  let row = rootRow;
  let i = 0;
  while (i < n) {
    if (row === rootRow) {
      while (i <= lastWindow) {
        const q = classOf[text.charCodeAt(i + ahead)]!;
        const f = flags[q]!;
        if (f === 0) {
          i += minLength;
          continue;
        }
        const before = classOf[text.charCodeAt(i + ahead - 1)]!;
        if (f === SKIP_FLAG) {
          if (flags[before] !== 0) break;
          i += minLength;
        } else if (before !== CLASS_SKIP && pairs[(before * 251 + q) & 0xffff] === 0 /* pairKey */) {
          i += (f & FIRST) !== 0 ? ahead : minLength;
        } else break;
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

/**
 * Order of hits (pattern, start, end): by start; at one start allow-contexts first (they must raise `reach` in
 * find before the hits they cover); then by end and pattern.
 */
const precedes = (p: number, s: number, e: number, q: number, t: number, f: number, phraseCount: number) =>
  s !== t ? s < t : p >= phraseCount !== q >= phraseCount ? p >= phraseCount : e !== f ? e < f : p < q;

/**
 * Sorts flat (pattern, start, end) triples in place. The DFA reports hits in end order, which is nearly start
 * order (a hit is only ever overtaken by the few hits ending within one phrase length), so insertion sort is
 * linear here and, unlike Array#sort with a comparator, costs next to nothing on a 50 MB text.
 */
const sortHits = (raw: number[], phraseCount: number): void => {
  for (let i = 3; i < raw.length; i += 3) {
    const p = raw[i]!;
    const s = raw[i + 1]!;
    const e = raw[i + 2]!;
    let j = i - 3;
    for (; j >= 0 && precedes(p, s, e, raw[j]!, raw[j + 1]!, raw[j + 2]!, phraseCount); j -= 3) {
      raw[j + 3] = raw[j]!;
      raw[j + 4] = raw[j + 1]!;
      raw[j + 5] = raw[j + 2]!;
    }
    raw[j + 3] = p;
    raw[j + 4] = s;
    raw[j + 5] = e;
  }
};

/**
 * The matcher of a phrase list: the exact layer (below) and, when any phrase has variants, the variant layer
 * (variants.ts) on top. Allow-contexts silence variant hits they cover too. Without variants it is the exact
 * layer alone, so its speed (docs/PERFORMANCE.md) is unchanged.
 */
export const compileMatcher = (
  phrases: readonly PhraseInput[],
  options: MatcherOptions = {},
): PhraseMatcher => {
  const exact = compileExact(phrases, options);
  const variants = compileVariants(phrases, options.variantGap);
  if (variants.size === 0) return exact;
  const contexts = options.allowContexts ?? [];
  const contextMatcher =
    contexts.length > 0
      ? compileExact(
          contexts.map((c, i) => ({ id: String(i), phrase: c })),
          { normalize: options.normalize ?? true },
        )
      : null;
  const find = (text: string): PhraseHit[] => {
    const extra = variants.find(text);
    if (extra.length === 0) return exact.find(text);
    const covers = contextMatcher?.find(text) ?? [];
    const kept = extra.filter((h) => !covers.some((c) => c.start <= h.start && h.end <= c.end));
    return mergeHits([...exact.find(text), ...kept]);
  };
  return { find, test: (text) => exact.test(text) || find(text).length > 0, layout: exact.layout };
};

const compileExact = (phrases: readonly PhraseInput[], options: MatcherOptions = {}): PhraseMatcher => {
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
  const skip = dense ? buildSkip(dense, patterns) : null;
  const scan = (text: string, onHit: OnHit) => {
    if (!dense) return scanWalk(text, walk!, normalizing ? norm : null, onHit);
    return scanDense(text, dense, skip!, lengths, onHit);
  };
  const ids = phrases.map((p) => p.id);
  const hasContexts = patterns.length > phraseCount;

  // One hit buffer and one callback per matcher, reused by every call: no allocation for a clean utterance,
  // which keeps the garbage collector (and so the p99 latency) quiet. find is synchronous and never re-entered.
  const raw: number[] = [];
  const collect: OnHit = (p, start, end) => {
    raw.push(p, start, end);
    return false;
  };

  const find = (text: string): PhraseHit[] => {
    raw.length = 0;
    scan(text, collect);
    if (raw.length === 0) return [];
    sortHits(raw, phraseCount);
    const hits: PhraseHit[] = [];
    let reach = -1; // furthest end of the allow-contexts that start at or before the current hit
    for (let h = 0; h < raw.length; h += 3) {
      const p = raw[h]!;
      const start = raw[h + 1]!;
      const end = raw[h + 2]!;
      if (p >= phraseCount) reach = Math.max(reach, end);
      else if (!hasContexts || reach < end) hits.push({ phraseId: ids[p]!, start, end });
    }
    return hits;
  };

  let found = false;
  const stop: OnHit = () => {
    found = true;
    return true;
  };
  const test = (text: string): boolean => {
    if (hasContexts) return find(text).length > 0;
    found = false;
    scan(text, stop);
    return found;
  };

  return { find, test, layout: dense ? 'dense' : 'walk' };
};
