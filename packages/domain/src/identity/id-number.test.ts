import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit, PROVINCE_CODES, validateIdNumber } from './id-number.ts';

const TODAY = '2026-11-22';

/** A random valid first 17 digits: province from the list, any 4 region digits, a real date, any sequence. */
const first17 = fc
  .tuple(
    fc.constantFrom(...PROVINCE_CODES),
    fc.stringMatching(/^\d{4}$/),
    fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date(`${TODAY}T00:00:00Z`),
      noInvalidDate: true,
    }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(
    ([p, r, d, seq]) =>
      `${p}${r}${d.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`,
  );

describe('validateIdNumber', () => {
  it('accepts the GB 11643-1999 worked example and reads birth date and sex', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(computeCheckDigit('11010519491231002')).toBe('X');
  });

  it('accepts other real-format examples, a lower-case x and surrounding spaces', () => {
    expect(validateIdNumber('440524188001010014', TODAY)).toMatchObject({
      ok: false,
      code: 'ID_NUMBER_BIRTH_DATE',
    });
    expect(validateIdNumber('110101199003074477', TODAY)).toMatchObject({ ok: true, sex: 'male' });
    expect(validateIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it('reports distinct codes in the order format, region, birth date, check digit', () => {
    expect(validateIdNumber('11010519491231002', TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_FORMAT' });
    expect(validateIdNumber('110105194912310', TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_FORMAT' });
    expect(validateIdNumber('1101051949123100XX', TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_FORMAT' });
    expect(validateIdNumber('99010519491231002X', TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_REGION' });
    expect(validateIdNumber('01010519491231002X', TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_REGION' });
    expect(validateIdNumber('11010519490231002X', TODAY)).toEqual({
      ok: false,
      code: 'ID_NUMBER_BIRTH_DATE',
    });
    expect(validateIdNumber('11010519491231002Y', TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_FORMAT' });
    expect(validateIdNumber('110105194912310021', TODAY)).toEqual({
      ok: false,
      code: 'ID_NUMBER_CHECK_DIGIT',
    });
  });

  it('refuses impossible, too-early and future birth dates against the injected today', () => {
    const make = (date: string) => {
      const head = `110105${date}002`;
      return head + computeCheckDigit(head);
    };
    expect(validateIdNumber(make('19000229'), TODAY).ok).toBe(false); // 1900 is not a leap year
    expect(validateIdNumber(make('20000229'), TODAY).ok).toBe(true); // 2000 is
    expect(validateIdNumber(make('18991231'), TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_BIRTH_DATE' });
    expect(validateIdNumber(make('19000101'), TODAY).ok).toBe(true);
    expect(validateIdNumber(make('20261122'), TODAY).ok).toBe(true);
    expect(validateIdNumber(make('20261123'), TODAY)).toEqual({ ok: false, code: 'ID_NUMBER_BIRTH_DATE' });
    expect(validateIdNumber(make('20261123'), '2026-11-23').ok).toBe(true);
    // A Date is read in Beijing time: 2026-11-22T16:30Z is already the 23rd there.
    expect(validateIdNumber(make('20261123'), new Date('2026-11-22T16:30:00Z')).ok).toBe(true);
    expect(validateIdNumber(make('20261123'), new Date('2026-11-22T15:30:00Z')).ok).toBe(false);
    expect(validateIdNumber(make('19901301'), TODAY).ok).toBe(false);
    expect(validateIdNumber(make('19900100'), TODAY).ok).toBe(false);
  });

  it('rejects computeCheckDigit input that is not 17 digits', () => {
    expect(() => computeCheckDigit('1101051949123100')).toThrow(RangeError);
    expect(() => computeCheckDigit('1101051949123100a')).toThrow(RangeError);
  });

  it('accepts every number built from a valid region, date, sequence and computeCheckDigit (property)', () => {
    fc.assert(
      fc.property(first17, (head) => {
        const r = validateIdNumber(head + computeCheckDigit(head), TODAY);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.sex).toBe(Number(head[16]) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('rejects a valid number with any single character changed (property)', () => {
    fc.assert(
      fc.property(first17, fc.nat(17), fc.constantFrom(...'0123456789X'), (head, pos, ch) => {
        const id = head + computeCheckDigit(head);
        fc.pre(id[pos] !== ch && (pos === 17 || ch !== 'X'));
        const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
        expect(validateIdNumber(changed, TODAY).ok).toBe(false);
      }),
    );
  });
});
