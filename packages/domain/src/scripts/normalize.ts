import { from as openccFrom, to as openccTo } from 'opencc-js/preset/t2cn';

/**
 * Character normalisation for the forbidden-phrase matcher: one table of 65,536 entries that maps every UTF-16
 * code unit to the code unit it stands for, or to SKIP. It is precomputed once so the matcher normalises on the fly
 * with one array read per character instead of calling String#normalize on every utterance.
 *
 * Per code unit, in this order:
 * 1. separators are SKIP: White_Space, punctuation (P*), symbols (S*), control (Cc) and format characters (Cf,
 *    e.g. zero-width space). That is how `不 知 道`, `不-知-道`, `不，知道` and `不\u200b知道` read as 不知道.
 *    Sentence punctuation is skipped too, so `对不？知道了` also reads 不知道: we accept that false positive
 *    rather than let `不。知。道` through; allow-contexts are the way to silence a known harmless reading;
 * 2. NFKC (full-width Ａ１！ → A1!, half-width katakana, compatibility ideographs); a character whose NFKC form is
 *    several characters is kept as it is unless all but one of them are separators (we do not expand ㍿);
 * 3. lower case, so a Latin phrase matches in any case;
 * 4. traditional → simplified, character by character, from the OpenCC dictionaries shipped by the npm package
 *    opencc-js (Taiwan and Hong Kong variant forms first, then TSCharacters). Phrase-level conversions are not
 *    used: the matcher reads one character at a time. A variant mapping is not applied to a character that is
 *    already a simplified form (OpenCC maps 么→幺 for Taiwan text, which would rewrite 什么).
 * Astral characters (UTF-16 surrogate pairs): the matcher reads code units, so a pair is judged by its halves.
 *    Low surrogates are SKIP; high surrogates D83C–D83E (U+1F000–U+1FBFF: emoji, pictographs, mahjong and playing
 *    cards) are SKIP, so an emoji between two characters is a separator; other high surrogates (rare ideographs of
 *    planes 2–3) stand for themselves and break a match. Phrases may therefore not contain astral characters.
 * Phrases and texts go through the same table, so any conflation (乾 and 干 both read 干) is symmetric.
 */

export const SKIP = 0;

const SEPARATOR = /^[\p{White_Space}\p{P}\p{S}\p{Cc}\p{Cf}]+$/u;

type Pairs = Map<string, string>;

/** Single-character entries of OpenCC dictionaries (multi-character phrase entries are left out). */
const singleCharEntries = (
  groups: readonly (readonly (string | readonly (readonly [string, string])[])[])[],
) => {
  const map: Pairs = new Map();
  for (const group of groups) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
      for (const [source, target] of entries) {
        if (source !== undefined && target !== undefined && source.length === 1 && target.length === 1) {
          if (!map.has(source)) map.set(source, target);
        }
      }
    }
  }
  return map;
};

const buildTraditionalMap = (): Pairs => {
  const ts = singleCharEntries(openccTo.cn ?? []);
  const simplifiedForms = new Set(ts.values());
  const variants = singleCharEntries([...(openccFrom.tw ?? []), ...(openccFrom.hk ?? [])]);
  const result: Pairs = new Map(ts);
  for (const [source, target] of variants) {
    if (simplifiedForms.has(source) || ts.has(source)) continue;
    const simplified = ts.get(target) ?? target;
    if (simplified !== source) result.set(source, simplified);
  }
  return result;
};

const mapOne = (c: number, traditional: Pairs): number => {
  const ch = String.fromCharCode(c);
  if (SEPARATOR.test(ch)) return SKIP;
  let k = ch.normalize('NFKC');
  if (k.length > 1) {
    const kept = Array.from(k).filter((x) => !SEPARATOR.test(x));
    if (kept.length === 0) return SKIP;
    k = kept.length === 1 && kept[0]!.length === 1 ? kept[0]! : ch;
  }
  if (SEPARATOR.test(k)) return SKIP;
  const lower = k.toLowerCase();
  if (lower.length === 1) k = lower;
  return (traditional.get(k) ?? k).charCodeAt(0);
};

const surrogate = (c: number): number => (c >= 0xdc00 || (c >= 0xd83c && c <= 0xd83e) ? SKIP : c);

let cached: Uint16Array | undefined;

/** The shared table (built on first use, ~40 ms, 128 KiB). */
export const normalizationTable = (): Uint16Array => {
  if (cached) return cached;
  const traditional = buildTraditionalMap();
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++)
    table[c] = c >= 0xd800 && c <= 0xdfff ? surrogate(c) : mapOne(c, traditional);
  // Chains (a variant whose simplified form is itself mapped) are collapsed so the table is idempotent.
  for (let c = 0; c < 65536; c++) {
    let m = table[c]!;
    for (let guard = 0; m !== SKIP && table[m] !== m && guard < 4; guard++) m = table[m]!;
    table[c] = m;
  }
  cached = table;
  return table;
};

/**
 * A string as the matcher reads it, with the original UTF-16 index of every kept code unit. Used for phrases and
 * allow-contexts at compile time and by reference implementations in tests; the matcher itself reads the table.
 */
export const normalizeWithPositions = (text: string): { normalized: string; positions: number[] } => {
  const table = normalizationTable();
  const out: number[] = [];
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const m = table[text.charCodeAt(i)]!;
    if (m !== SKIP) {
      out.push(m);
      positions.push(i);
    }
  }
  return { normalized: fromCodeUnits(out), positions };
};

/** String.fromCharCode in slices: spreading a long array would overflow the call stack. */
const fromCodeUnits = (units: readonly number[]): string => {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
};

/** The normalised form of a string (see the rules above). */
export const normalizeForMatching = (text: string): string => normalizeWithPositions(text).normalized;
