import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessDay,
  DEFAULT_NUMBER_PATTERNS,
  formatCaseNumber,
  validateNumberPattern,
} from './numbering.ts';

describe('case numbers', () => {
  it('formats the default consultation pattern in Shanghai local time', () => {
    // 2026-11-21T16:30Z is already 00:30 on the 22nd in Beijing.
    const n = formatCaseNumber(DEFAULT_NUMBER_PATTERNS.consultation, {
      branchCode: 'BJ',
      at: new Date('2026-11-21T16:30:00Z'),
      seq: 7,
    });
    expect(n).toBe('ZXBJ202611220007');
  });

  it('uses TS + branch + date + 4 digits for complaints by default', () => {
    const n = formatCaseNumber(DEFAULT_NUMBER_PATTERNS.complaint, {
      branchCode: 'SH01',
      at: new Date('2026-01-05T02:00:00Z'),
      seq: 123,
    });
    expect(n).toBe('TSSH01202601050123');
  });

  it('places the day boundary at Beijing midnight', () => {
    expect(businessDay(new Date('2026-11-21T15:59:59.999Z'))).toBe('2026-11-21');
    expect(businessDay(new Date('2026-11-21T16:00:00.000Z'))).toBe('2026-11-22');
  });

  it('rejects patterns that could repeat numbers', () => {
    expect(() => validateNumberPattern('ZX{yyyyMMdd}{seq:4}')).toThrow();
    expect(() => validateNumberPattern('ZX{branch}{seq:4}')).toThrow();
    expect(() => validateNumberPattern('ZX{branch}{yyyyMMdd}')).toThrow();
    expect(() => validateNumberPattern('ZX{branch}{yyyyMMdd}{seq:0}')).toThrow();
    expect(() => validateNumberPattern('ZX{branch}{yyyyMMdd}{foo}{seq:3}')).toThrow();
    for (const p of Object.values(DEFAULT_NUMBER_PATTERNS))
      expect(() => validateNumberPattern(p)).not.toThrow();
  });

  it('is injective in the sequence for one branch and day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (a, b, at) => {
          const p = DEFAULT_NUMBER_PATTERNS.consultation;
          const na = formatCaseNumber(p, { branchCode: 'GZ', at, seq: a });
          const nb = formatCaseNumber(p, { branchCode: 'GZ', at, seq: b });
          expect(na === nb).toBe(a === b);
          expect(na.startsWith(`ZXGZ${businessDay(at).replaceAll('-', '')}`)).toBe(true);
        },
      ),
    );
  });
});
