import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, maskPersonalData } from './free-text.ts';
import { computeCheckDigit, PROVINCE_CODES } from './id-number.ts';

const TODAY = '2026-12-07';
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A valid 18-character ID: a real province, a real day between 1900 and today, any sequence, its check digit. */
const idNumber = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    county: fc.integer({ min: 0, max: 9999 }),
    day: fc.date({
      min: new Date('1900-01-01T12:00:00Z'),
      max: new Date('2026-12-06T12:00:00Z'),
      noInvalidDate: true,
    }),
    seq: fc.integer({ min: 0, max: 999 }),
    lowerX: fc.boolean(),
  })
  .map(({ province, county, day, seq, lowerX }) => {
    const first17 = `${province}${pad(county, 4)}${day.toISOString().slice(0, 10).replaceAll('-', '')}${pad(seq, 3)}`;
    const check = computeCheckDigit(first17);
    return first17 + (lowerX ? check.toLowerCase() : check);
  });

const idNumber15 = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    county: fc.integer({ min: 0, max: 9999 }),
    day: fc.date({
      min: new Date('1900-01-01T12:00:00Z'),
      max: new Date('1999-12-31T12:00:00Z'),
      noInvalidDate: true,
    }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(
    ({ province, county, day, seq }) =>
      `${province}${pad(county, 4)}${day.toISOString().slice(2, 10).replaceAll('-', '')}${pad(seq, 3)}`,
  );

const sep = fc.constantFrom('', ' ', '-');
const mobile = fc
  .record({
    prefix: fc.constantFrom('', '+86 ', '86-', '0086 '),
    second: fc.integer({ min: 3, max: 9 }),
    rest: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
    s: sep,
  })
  .map(({ prefix, second, rest, s }) => {
    const d = `1${second}${rest.join('')}`;
    return `${prefix}${d.slice(0, 3)}${s}${d.slice(3, 7)}${s}${d.slice(7)}`;
  });

const landline = fc
  .record({
    area: fc.oneof(
      fc.integer({ min: 10, max: 29 }).map((n) => `0${n}`),
      fc.integer({ min: 300, max: 999 }).map((n) => `0${n}`),
    ),
    first: fc.integer({ min: 2, max: 9 }),
    rest: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 7 }),
    s: fc.constantFrom('', '-', ' '),
    brackets: fc.boolean(),
  })
  .map(({ area, first, rest, s, brackets }) => {
    const a = area[1] === '1' || area[1] === '2' ? area.slice(0, 3) : area;
    return `${brackets ? `(${a})` : a}${s}${first}${rest.join('')}`;
  });

/** Chinese text around the number, as an agent would type it (never a digit or letter touching it). */
const around = fc.constantFrom('客户称', '身份证号：', '联系电话 ', '来电，', '');
const after = fc.constantFrom('，请回电。', '。', ' 已核实', '');
const personal = fc.oneof(idNumber, idNumber15, mobile, landline);

describe('findPersonalData', () => {
  it('finds every valid ID number and phone typed into a sentence, and masks it away', () => {
    fc.assert(
      fc.property(around, personal, after, (head, value, tail) => {
        const text = `${head}${value}${tail}`;
        const hits = findPersonalData(text, TODAY);
        expect(hits.map((h) => h.text)).toEqual([value]);
        const masked = maskPersonalData(text, TODAY);
        expect(masked).not.toContain(value);
        expect(masked.length).toBe(text.length);
        expect(findPersonalData(masked, TODAY)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds two numbers in one text', () => {
    fc.assert(
      fc.property(personal, personal, (a, b) => {
        expect(findPersonalData(`${a}，另一个号码${b}`, TODAY).map((h) => h.text)).toEqual([a, b]);
      }),
    );
  });

  it('never takes a postcode, an amount, a case or policy number or a date for personal data', () => {
    const notPersonal = fc.oneof(
      fc.integer({ min: 100000, max: 999999 }).map(String), // postcode
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${n}.${pad(n % 100, 2)}元`), // amount
      fc.integer({ min: 0, max: 999_999_999 }).map((n) => n.toLocaleString('en-US')), // amount with commas
      fc
        .record({
          kind: fc.constantFrom('ZX', 'TS', 'BA', 'SP', 'TB', 'PG', 'JY'),
          branch: fc.constantFrom('BJ', 'SH', 'HO', 'GZ'),
          seq: fc.integer({ min: 0, max: 9999 }),
        })
        .map(({ kind, branch, seq }) => `${kind}${branch}20261207${pad(seq, 4)}`), // case number
      fc.integer({ min: 0, max: 999_999_999 }).map((n) => `P${pad(n, 15)}`), // policy number with a letter
      fc.constantFrom('2026-12-07', '20261207', '08:30', '95519'), // dates, a hotline
    );
    fc.assert(
      fc.property(around, notPersonal, after, (head, value, tail) => {
        expect(findPersonalData(`${head}${value}${tail}`, TODAY)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an ID number whose check digit is wrong, and masks by each kind rule', () => {
    expect(findPersonalData('身份证110101199003071235', TODAY)).toEqual([]);
    expect(maskPersonalData('身份证110101199003071233，电话138-1234-5678，座机0755-87654321', TODAY)).toBe(
      '身份证110101********1233，电话138-****-5678，座机0755-****4321',
    );
  });
});
