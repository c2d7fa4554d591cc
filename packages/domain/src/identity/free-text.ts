import { isCalendarDate, PROVINCE_CODES, toLocalDay, validateIdNumber } from './id-number.ts';
import { maskIdNumber, maskMiddle } from './masking.ts';
import { parseLandline } from './phone.ts';

/**
 * Personal data typed into free text (issue #18 part 6): agents write a caller's ID or phone number into a
 * description, a note or a complaint decision. This finds them so the text can be sealed and shown masked.
 *
 * It is deliberately narrow: a hit must validate (an ID's check digit and birth date, a mobile's network prefix,
 * a landline's area-code split), and a run of digits glued to letters or other digits is never a hit, so a case
 * number (`ZXBJ202612070001`), a policy number, a postcode or an amount stays readable.
 */

export type PersonalDataKind = 'idNumber' | 'idNumber15' | 'mobile' | 'landline';

export type PersonalDataHit = { kind: PersonalDataKind; start: number; end: number; text: string };

/** Separators people put between digit groups: spaces (also full-width) and hyphens. */
const SEP = '[ \\u00a0\\u3000\\-\\u2010-\\u2015\\uff0d]?';

/** Not preceded or followed by a letter, a digit or a decimal point: keeps numbers that are part of something else. */
const BEFORE = '(?<![0-9A-Za-z.,])';
const AFTER = '(?![0-9A-Za-z]|[.,]\\d)';

const CANDIDATES: readonly { kind: PersonalDataKind; re: RegExp }[] = [
  { kind: 'idNumber', re: new RegExp(`${BEFORE}\\d{17}[\\dXx]${AFTER}`, 'g') },
  { kind: 'idNumber15', re: new RegExp(`${BEFORE}\\d{15}${AFTER}`, 'g') },
  {
    kind: 'mobile',
    re: new RegExp(`${BEFORE}(?:(?:\\+|00)?86${SEP})?1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}${AFTER}`, 'g'),
  },
  {
    kind: 'landline',
    re: new RegExp(`${BEFORE}(?:[(（]0\\d{2,3}[)）]|0\\d{2,3})${SEP}[2-9]\\d{2,3}${SEP}\\d{4}${AFTER}`, 'g'),
  },
];

const PROVINCES = new Set(PROVINCE_CODES);

/** The first-generation ID (15 digits, 1984–1999): region, yyMMdd birth date in the 1900s, 3-digit sequence. */
const isOldIdNumber = (s: string): boolean =>
  PROVINCES.has(s.slice(0, 2)) &&
  isCalendarDate(1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12)));

const digitsOf = (s: string) => s.replace(/\D/g, '');

const accepts = (kind: PersonalDataKind, text: string, today: string): boolean => {
  switch (kind) {
    case 'idNumber':
      return validateIdNumber(text, today).ok;
    case 'idNumber15':
      return isOldIdNumber(text);
    case 'mobile':
      return /^1[3-9]\d{9}$/.test(digitsOf(text).replace(/^(?:0086|86)(?=1\d{10}$)/, ''));
    case 'landline':
      return parseLandline(text.replace(/\s/g, '')) !== null;
  }
};

/** Every personal-data number in the text, in order, without overlaps (an ID wins over a phone inside it). */
export const findPersonalData = (text: string, today: string | Date): PersonalDataHit[] => {
  const day = toLocalDay(today);
  const hits: PersonalDataHit[] = [];
  for (const { kind, re } of CANDIDATES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      if (accepts(kind, m[0], day)) hits.push({ kind, start, end, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

export const containsPersonalData = (text: string, today: string | Date): boolean =>
  findPersonalData(text, today).length > 0;

/** Masks one hit by the display rule of its kind, keeping the length and the separators people typed. */
const maskHit = (h: PersonalDataHit): string => {
  if (h.kind === 'idNumber') return maskIdNumber(h.text);
  if (h.kind === 'idNumber15') return maskMiddle(h.text, 6, 3);
  // Phones: keep the separators where they were, hide all but the first 3 (mobile) or the area code and the
  // last 4 (landline) digits.
  const digits = digitsOf(h.text);
  const areaCode = digits[1] === '1' || digits[1] === '2' ? 3 : 4;
  const keepHead = h.kind === 'mobile' ? digits.length - 8 : areaCode;
  let seen = 0;
  return h.text.replace(/\d/g, (d) => {
    seen++;
    return seen <= keepHead || seen > digits.length - 4 ? d : '*';
  });
};

/** The text with every personal-data number masked; the rest is left exactly as typed. */
export const maskPersonalData = (text: string, today: string | Date): string => {
  let out = '';
  let at = 0;
  for (const h of findPersonalData(text, today)) {
    out += text.slice(at, h.start) + maskHit(h);
    at = h.end;
  }
  return out + text.slice(at);
};
