import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maskAddress,
  maskIdNumber,
  maskLandline,
  maskMiddle,
  maskMobile,
  maskName,
  maskPlate,
} from './masking.ts';

/** True when `masked` has the same length and shows original characters only at `shown` positions. */
const revealsOnly = (original: string, masked: string, shown: (i: number, n: number) => boolean) => {
  const o = Array.from(original);
  const m = Array.from(masked);
  if (o.length !== m.length) return false;
  return m.every((c, i) => (shown(i, o.length) ? c === o[i] : c === '*'));
};

describe('masking', () => {
  it('masks each kind by its rule', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('+86 138-1234-5678')).toBe('138****5678');
    expect(maskLandline('0755-87654321')).toBe('0755-****4321');
    expect(maskLandline('010 6234567 转 88')).toBe('010-***4567-**');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('*');
    expect(maskAddress('广东省深圳市南山区科技园路1号')).toBe('广东省深圳市*********');
    expect(maskAddress('北京')).toBe('北京');
    expect(maskPlate('京A12345')).toBe('京A***45');
    expect(maskPlate('粤B·D12378')).toBe('粤B****78');
  });

  it('shows less, not more, for values of an unexpected shape', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskMobile('12345')).toBe('*****');
    expect(maskLandline('12')).toBe('**');
    expect(maskPlate('京A1')).toBe('***');
  });

  it('keeps the length and reveals only what the rule allows (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(text, (s) => {
        fc.pre(s === s.trim());
        expect(revealsOnly(s, maskMiddle(s, 6, 4), (i, n) => n > 10 && (i < 6 || i >= n - 4))).toBe(true);
        expect(revealsOnly(s, maskName(s), (i, n) => n > 1 && i === 0)).toBe(true);
        expect(revealsOnly(s, maskAddress(s), (i) => i < 6)).toBe(true);
      }),
    );
  });

  it('never shows the birth date of an ID number nor the middle of a mobile (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), fc.stringMatching(/^1[3-9]\d{9}$/), (id, mobile) => {
        expect(revealsOnly(id, maskIdNumber(id), (i) => i < 6 || i >= 14)).toBe(true);
        expect(revealsOnly(mobile, maskMobile(mobile), (i) => i < 3 || i >= 7)).toBe(true);
      }),
    );
  });
});
