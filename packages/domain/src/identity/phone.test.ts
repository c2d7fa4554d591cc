import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLandline, normalizeMobile, parseLandline } from './phone.ts';

const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/))
  .map(([second, rest]) => `1${second}${rest}`);

/** Writes a mobile number the way people do: a prefix, then separators between any digits. */
const written = (digits: string, prefix: string, seps: string[]) =>
  prefix + Array.from(digits, (d, i) => d + (seps[i] ?? '')).join('');

describe('mobile numbers', () => {
  it('normalises prefixes and separators', () => {
    for (const s of [
      '13812345678',
      '+86 138 1234 5678',
      '0086-138-1234-5678',
      '86 13812345678',
      '(+86)138-1234-5678',
    ]) {
      expect(normalizeMobile(s)).toEqual({ ok: true, normalized: '13812345678' });
    }
  });

  it('refuses wrong lengths, second digit 0–2 and other country codes', () => {
    for (const s of [
      '1381234567',
      '138123456789',
      '12812345678',
      '10012345678',
      '+85213812345678',
      '23812345678',
      '',
    ]) {
      expect(normalizeMobile(s)).toEqual({ ok: false, code: 'MOBILE_FORMAT' });
    }
  });

  it('round-trips: any written form normalises to the digits, and normalising is idempotent (property)', () => {
    fc.assert(
      fc.property(
        mobile,
        fc.constantFrom('', '+86', '+86 ', '0086', '86', '86-', '(+86)'),
        fc.array(fc.constantFrom('', '', ' ', '-', '\u3000'), { minLength: 11, maxLength: 11 }),
        (digits, prefix, seps) => {
          const r = normalizeMobile(written(digits, prefix, seps.slice(0, 10)));
          expect(r).toEqual({ ok: true, normalized: digits });
          expect(normalizeMobile(digits)).toEqual(r);
        },
      ),
    );
  });
});

describe('landlines', () => {
  it('splits area codes by the numbering plan and normalises', () => {
    expect(normalizeLandline('010-62345678')).toEqual({ ok: true, normalized: '010-62345678' });
    expect(normalizeLandline('01062345678')).toEqual({ ok: true, normalized: '010-62345678' });
    expect(normalizeLandline('(0755) 8765 4321')).toEqual({ ok: true, normalized: '0755-87654321' });
    expect(normalizeLandline('075587654321')).toEqual({ ok: true, normalized: '0755-87654321' });
    expect(normalizeLandline('0571-8765432')).toEqual({ ok: true, normalized: '0571-8765432' });
    expect(normalizeLandline('（021）62345678')).toEqual({ ok: true, normalized: '021-62345678' });
  });

  it('reads extensions after -, 转, ext, x or #', () => {
    for (const s of [
      '010-62345678-123',
      '010-62345678转123',
      '010 62345678 ext. 123',
      '01062345678x123',
      '010-62345678#123',
    ]) {
      expect(normalizeLandline(s)).toEqual({ ok: true, normalized: '010-62345678-123' });
    }
    expect(parseLandline('0755-87654321-8001')).toEqual({
      areaCode: '0755',
      number: '87654321',
      extension: '8001',
    });
  });

  it('refuses numbers without area code, local numbers starting with 0/1, wrong lengths', () => {
    for (const s of [
      '62345678',
      '010-02345678',
      '010-12345678',
      '010-12345',
      '010-623456789',
      '0755-1234567',
      '13862345678',
      'abc',
    ]) {
      expect(normalizeLandline(s)).toEqual({ ok: false, code: 'LANDLINE_FORMAT' });
    }
  });
});
