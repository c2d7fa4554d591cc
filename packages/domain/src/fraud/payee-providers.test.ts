import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid, maskPayeeAccount, validatePayeeAccount } from './payee-account.ts';
import { normalizeProviderName } from './providers.ts';

/** The Luhn digit that completes `body` (ISO/IEC 7812-1 Annex B), computed independently of luhnValid. */
const checkDigit = (body: string) => {
  const sum = [...body]
    .reverse()
    .map(Number)
    .reduce((s, d, i) => s + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return String((10 - (sum % 10)) % 10);
};
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));

describe('payee account', () => {
  it('accepts a UnionPay card with its check digit, however it is spaced or typed in full width', () => {
    fc.assert(
      fc.property(digits(13, 16), (rest) => {
        const body = `62${rest}`;
        const card = body + checkDigit(body);
        const typed = card.replace(/(\d{4})/g, '$1 ').replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d));
        expect(validatePayeeAccount(typed)).toEqual({ ok: true, normalized: card });
        expect(luhnValid(card)).toBe(true);
      }),
    );
  });
  it('refuses a UnionPay card with any other last digit', () => {
    fc.assert(
      fc.property(digits(13, 16), fc.integer({ min: 1, max: 9 }), (rest, shift) => {
        const body = `62${rest}`;
        const wrong = String((Number(checkDigit(body)) + shift) % 10);
        expect(validatePayeeAccount(body + wrong)).toEqual({ ok: false, problem: 'checksum' });
      }),
    );
  });
  it('checks only digits and length on accounts that are not UnionPay cards', () => {
    expect(validatePayeeAccount('110060149018800012345')).toMatchObject({ ok: true });
    expect(validatePayeeAccount('12345678901')).toEqual({ ok: false, problem: 'length' });
    expect(validatePayeeAccount('1'.repeat(31))).toEqual({ ok: false, problem: 'length' });
    expect(validatePayeeAccount('6222 02A0 0000 0000')).toEqual({ ok: false, problem: 'digits' });
  });
  it('shows the first and last four digits only', () => {
    expect(maskPayeeAccount('6222 0202 0000 0000 014')).toBe('6222***********0014');
  });
});

describe('provider names', () => {
  it('gives one key for a name however it is spaced, cased, typed in full width or suffixed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('北京安贞医院', '朝阳ABC汽修', '浦东第一修理厂'),
        fc.constantFrom('', '有限公司', '有限责任公司', '股份有限公司', '公司'),
        fc.boolean(),
        fc.boolean(),
        (name, suffix, wide, spaced) => {
          let typed = `${name}${suffix}`;
          if (wide) typed = typed.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          if (spaced) typed = ` ${[...typed].join(' ')} `;
          expect(normalizeProviderName(typed)).toBe(normalizeProviderName(name));
        },
      ),
    );
  });
  it('keeps different places apart and never empties a name that is only a suffix', () => {
    expect(normalizeProviderName('北京安贞医院')).not.toBe(normalizeProviderName('北京朝阳医院'));
    expect(normalizeProviderName('abc汽修（朝阳）')).toBe('ABC汽修朝阳');
    expect(normalizeProviderName('公司')).toBe('公司');
  });
});
