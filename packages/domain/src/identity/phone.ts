/**
 * Mainland phone numbers as customers type them on the claim-report form (docs/RULES.md "Common formats":
 * mainland mobile is 11 digits starting with 1).
 */

export type PhoneResult =
  | { ok: true; normalized: string }
  | { ok: false; code: 'MOBILE_FORMAT' | 'LANDLINE_FORMAT' };

/** Spaces (incl. full-width and no-break) and hyphen/dash variants people put between digit groups. */
const GROUP_SEPARATORS = /[\s\u00a0\u3000\-\u2010-\u2015\uff0d]/g;

/**
 * Mobile: 11 digits, first 1, second 3–9 (the second digit 0–2 has never been assigned to mobile networks).
 * Accepted prefixes: +86, 0086, 86 and (+86); separators anywhere. Normalised form is the bare 11 digits.
 */
export const normalizeMobile = (input: string): PhoneResult => {
  let s = input.replace(GROUP_SEPARATORS, '').replace(/^\(\+?86\)/, '+86');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  // A bare "86" is a country code only when 11 digits follow: a mobile number itself never starts with 8.
  else if (s.startsWith('86') && s.length === 13) s = s.slice(2);
  return /^1[3-9]\d{9}$/.test(s) ? { ok: true, normalized: s } : { ok: false, code: 'MOBILE_FORMAT' };
};

export type LandlineParts = { areaCode: string; number: string; extension?: string };

/**
 * Area codes are 0 + 2 digits when the next digit is 1 or 2 (010 Beijing, 020–029 the large cities) and
 * 0 + 3 digits otherwise (0755, 0571…): that is the national numbering plan, and it is what lets us split
 * a number typed without separators. Local numbers are 7–8 digits and never start with 0 or 1
 * (0 is the trunk prefix, 1 starts service numbers).
 */
const areaCodeLength = (digitsAfterZero: string): 3 | 4 =>
  digitsAfterZero[0] === '1' || digitsAfterZero[0] === '2' ? 3 : 4;

/** Extension marks people write: "-123", "转123", "ext 123", "x123", "#123". Up to 6 digits. */
const EXTENSION = /^(.*?)(?:[-\u2010-\u2015\uff0d]|转|ext\.?|x|#)\s*(\d{1,6})$/i;

/** Parses a landline into parts, or null. */
export const parseLandline = (input: string): LandlineParts | null => {
  let main = input.trim();
  let extension: string | undefined;
  // The extension has to be cut off first: its "-" would otherwise be swallowed as a group separator.
  const ext = EXTENSION.exec(main);
  if (ext) {
    const candidate = ext[1]!.replace(GROUP_SEPARATORS, '').replace(/[()（）]/g, '');
    if (/^0\d{9,11}$/.test(candidate) && splitLandline(candidate)) {
      main = ext[1]!;
      extension = ext[2]!;
    }
  }
  const digits = main.replace(GROUP_SEPARATORS, '').replace(/^[(（](0\d{2,3})[)）]/, '$1');
  if (!/^0\d{9,11}$/.test(digits)) return null;
  const parts = splitLandline(digits);
  if (!parts) return null;
  return extension === undefined ? parts : { ...parts, extension };
};

const splitLandline = (digits: string): LandlineParts | null => {
  const len = areaCodeLength(digits.slice(1));
  const areaCode = digits.slice(0, len);
  const number = digits.slice(len);
  return /^[2-9]\d{6,7}$/.test(number) ? { areaCode, number } : null;
};

/** Normalised form: `0755-12345678` or `010-12345678-123`. */
export const normalizeLandline = (input: string): PhoneResult => {
  const p = parseLandline(input);
  if (!p) return { ok: false, code: 'LANDLINE_FORMAT' };
  const base = `${p.areaCode}-${p.number}`;
  return { ok: true, normalized: p.extension === undefined ? base : `${base}-${p.extension}` };
};
