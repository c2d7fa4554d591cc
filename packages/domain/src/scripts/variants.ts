import { DomainError } from '../core/index.ts';
import { normalizationTable, normalizeForMatching, SKIP } from './normalize.ts';

/**
 * Variants of a forbidden phrase (issue 15 part 3): "这不归我管" must be caught although the list (seed 001 第二篇
 * 四(三)) only says "这个问题不归我管". A variant is the phrase's core with bounded gaps, written with "…": each "…"
 * stands for at most `gap` characters (VARIANT_GAP), never across a clause boundary (，。！？；, a line break), so
 * two unrelated clauses never join into one hit. A variant without "…" is a contiguous core (不归我管).
 *
 * Two rules keep the false positives down (measured on an ordinary corpus, docs/PERFORMANCE.md):
 * - the gap is short (3 characters by default): "你找我们领导" is one occurrence, a whole sentence is not;
 * - an occurrence right after a word of acting FOR the customer (帮/替/为/陪 …, AGENT_ACTS) is the agent taking the
 *   work on ("我帮您找领导核实"), not sending the customer away, and does not count.
 * Separators inside a core are skipped like in the exact matcher (不 归我管); matching is done on the normalised
 * text (full-width, traditional → simplified) with positions mapped back to the original text.
 */

/** At most this many characters in one "…" gap. 3 catches 你找我们领导 / 你到法院去告; 4+ joined unrelated words in
 * the ordinary corpus (docs/PERFORMANCE.md). */
export const VARIANT_GAP = 3;
/** The gap marker in a variant. */
export const GAP = '…';
/** An occurrence right after one of these is the agent acting for the customer (帮您找领导), not a refusal. */
export const AGENT_ACTS = '帮替为陪代';

const BOUNDARY_CHARS = '，,。！!？?；;\n\r';
const MARK = '\u0001';
const MARK_UNIT = 1;
const BOUNDARY_UNITS = new Set(Array.from(BOUNDARY_CHARS, (c) => c.charCodeAt(0)));

export type VariantInput = { id: string; variants?: readonly string[] | undefined };
export type VariantHit = { phraseId: string; start: number; end: number };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text as the variant layer reads it: normalised, clause boundaries kept as one marker, original positions. */
const prepare = (text: string): { s: string; pos: number[] } => {
  const table = normalizationTable();
  // Code units first, one string at the end: appending to a string and reading its end would flatten it each time.
  const units: number[] = [];
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (BOUNDARY_UNITS.has(c)) {
      if (units[units.length - 1] !== MARK_UNIT) {
        units.push(MARK_UNIT);
        pos.push(i);
      }
      continue;
    }
    const m = table[c]!;
    if (m === SKIP) continue;
    units.push(m);
    pos.push(i);
  }
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return { s, pos };
};

/** One variant as a regular expression over the prepared text. */
const variantRegex = (id: string, variant: string, gap: number): RegExp => {
  const parts = variant.split(GAP).map((p) => normalizeForMatching(p));
  if (parts.some((p) => p.length === 0)) throw new DomainError('PHRASE_VARIANT_INVALID', { id, variant });
  // A clause boundary may fall inside a core only where a separator could (不，归我管 reads as in the exact layer).
  const core = (p: string) => [...p].map(escapeRegex).join(`${MARK}?`);
  return new RegExp(parts.map(core).join(`[^${MARK}]{0,${gap}}?`), 'g');
};

export type VariantLayer = { find(text: string): VariantHit[]; readonly size: number };

export const compileVariants = (
  phrases: readonly VariantInput[],
  gap: number = VARIANT_GAP,
): VariantLayer => {
  const rules = phrases.flatMap((p) =>
    (p.variants ?? []).map((v) => ({ id: p.id, re: variantRegex(p.id, v, gap) })),
  );
  const find = (text: string): VariantHit[] => {
    if (rules.length === 0) return [];
    const { s, pos } = prepare(text);
    const hits: VariantHit[] = [];
    for (const { id, re } of rules) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        re.lastIndex = m.index + 1; // overlapping occurrences too
        if (m.index > 0 && AGENT_ACTS.includes(s[m.index - 1]!)) continue;
        hits.push({ phraseId: id, start: pos[m.index]!, end: pos[m.index + m[0].length - 1]! + 1 });
      }
    }
    return hits;
  };
  return { find, size: rules.length };
};

/**
 * Hits of the exact and the variant layer as one list: a hit inside another hit of the same phrase is dropped
 * (这个问题不归我管 is one hit, not also its core 不归我管), identical ones once; ordered by start, then end.
 */
export const mergeHits = <H extends VariantHit>(hits: readonly H[]): H[] => {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted
    .filter(
      (h, i) =>
        !sorted.some(
          (o, j) =>
            j !== i &&
            o.phraseId === h.phraseId &&
            o.start <= h.start &&
            h.end <= o.end &&
            (o.start !== h.start || o.end !== h.end || j < i),
        ),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
};
