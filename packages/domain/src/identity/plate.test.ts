import { describe, expect, it } from 'vitest';
import { PLATE_PROVINCES, validatePlate } from './plate.ts';

describe('plates (GA 36-2018)', () => {
  it('lists the 31 mainland provinces', () => {
    expect(Array.from(PLATE_PROVINCES)).toHaveLength(31);
    expect(new Set(PLATE_PROVINCES).size).toBe(31);
  });

  it('accepts ordinary plates, with separators and lower case, and the special last characters', () => {
    expect(validatePlate('京A12345')).toEqual({ ok: true, normalized: '京A12345', kind: 'ordinary' });
    expect(validatePlate('粤b·8z9k7')).toEqual({ ok: true, normalized: '粤B8Z9K7', kind: 'ordinary' });
    expect(validatePlate('沪Ａ ２３４５６')).toMatchObject({ ok: true, normalized: '沪A23456' });
    for (const last of '挂学警港澳领') expect(validatePlate(`粤Z1234${last}`).ok).toBe(true);
  });

  it('accepts small new-energy plates (D/F and the extended A–K letters) and large ones (D/F last)', () => {
    expect(validatePlate('京AD12345')).toEqual({
      ok: true,
      normalized: '京AD12345',
      kind: 'newEnergySmall',
      pureElectric: true,
    });
    expect(validatePlate('沪AFK0123')).toMatchObject({
      ok: true,
      kind: 'newEnergySmall',
      pureElectric: false,
    });
    expect(validatePlate('苏EA12345')).toMatchObject({ ok: true, pureElectric: true });
    expect(validatePlate('苏EK12345')).toMatchObject({ ok: true, pureElectric: false });
    expect(validatePlate('粤B12345D')).toEqual({
      ok: true,
      normalized: '粤B12345D',
      kind: 'newEnergyLarge',
      pureElectric: true,
    });
    expect(validatePlate('粤B12345F')).toMatchObject({
      ok: true,
      kind: 'newEnergyLarge',
      pureElectric: false,
    });
  });

  it('refuses unknown provinces and malformed serials', () => {
    expect(validatePlate('港A12345')).toEqual({ ok: false, code: 'PLATE_PROVINCE' });
    expect(validatePlate('')).toEqual({ ok: false, code: 'PLATE_PROVINCE' });
    expect(validatePlate('AB12345')).toEqual({ ok: false, code: 'PLATE_PROVINCE' });
    for (const s of [
      '京A1234',
      '京A1234I',
      '京A1O345',
      '京I12345',
      '京A123456',
      '京AL12345',
      '京AD1234X',
      '京A1234D5',
      '京A挂1234',
    ]) {
      expect(validatePlate(s)).toEqual({ ok: false, code: 'PLATE_FORMAT' });
    }
  });
});
