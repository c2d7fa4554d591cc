import { beijingDayOf } from '../core/index.ts';

/**
 * 18-character resident ID number, GB 11643-1999 (docs/RULES.md "Common formats"):
 * 6-digit region, 8-digit birth date, 3-digit sequence, 1 check character.
 * The old 15-digit numbers are refused with ID_NUMBER_FORMAT: they were replaced in 1999 and carry no check digit.
 */

/**
 * Province-level prefixes accepted in the first two digits (GB/T 2260): 11–15 North, 21–23 North-east,
 * 31–37 East, 41–46 Central-south, 50–54 South-west, 61–65 North-west, 71 Taiwan, 81 Hong Kong, 82 Macao,
 * 83 residence permits of Taiwan residents, 91 permanent residence of foreigners. Only the prefix is checked:
 * county codes change every year and old numbers keep their old codes.
 */
export const PROVINCE_CODES: readonly string[] = [
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65', '71', '81', '82', '83', '91'],
];
const PROVINCES = new Set(PROVINCE_CODES);

/** Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, i.e. 2^(17-i) mod 11 (GB 11643-1999 §5.4). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Sum mod 11 → check character. */
const CHECK_CHARS = '10X98765432';

export type IdNumberErrorCode =
  | 'ID_NUMBER_FORMAT'
  | 'ID_NUMBER_REGION'
  | 'ID_NUMBER_BIRTH_DATE'
  | 'ID_NUMBER_CHECK_DIGIT';

export type Sex = 'male' | 'female';

export type IdNumberResult =
  | { ok: true; normalized: string; birthDate: string; sex: Sex }
  | { ok: false; code: IdNumberErrorCode };

/** The check character for the first 17 digits. Throws on anything but 17 ASCII digits (a programming error). */
export const computeCheckDigit = (first17: string): string => {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
};

/** The earliest birth date accepted: older records are not resident ID numbers of living customers. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** "Today" as a business-day string; a Date is read in Asia/Shanghai because a birthday is a local date. */
export const toLocalDay = (today: string | Date): string =>
  typeof today === 'string' ? today : beijingDayOf(today);

/** True when y-m-d names a real Gregorian day (catches 02-30, 1900-02-29, month 13…). */
export const isCalendarDate = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
};

/**
 * Validates an ID number against an injected `today` (the domain never reads the clock). Checks run in the order
 * format → region → birth date → check digit so the first problem a person can fix is the one reported.
 * Surrounding spaces are trimmed and a lower-case x is accepted and normalised to X.
 */
export const validateIdNumber = (input: string, today: string | Date): IdNumberResult => {
  const s = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, code: 'ID_NUMBER_FORMAT' };
  if (!PROVINCES.has(s.slice(0, 2))) return { ok: false, code: 'ID_NUMBER_REGION' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  // ISO day strings compare correctly as text.
  if (!isCalendarDate(y, m, d) || birthDate < EARLIEST_BIRTH_DATE || birthDate > toLocalDay(today)) {
    return { ok: false, code: 'ID_NUMBER_BIRTH_DATE' };
  }
  if (computeCheckDigit(s.slice(0, 17)) !== s[17]) return { ok: false, code: 'ID_NUMBER_CHECK_DIGIT' };
  // The sequence's last digit is odd for men and even for women (GB 11643-1999 §5.3).
  const sex: Sex = (s.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalized: s, birthDate, sex };
};
