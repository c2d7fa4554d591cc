/**
 * Motor-vehicle plate numbers (docs/RULES.md "Common formats": province character + letter + 5 characters, or 6 for
 * new-energy plates, 8 in all), following GA 36-2018 《中华人民共和国机动车号牌》.
 *
 * What is implemented:
 * - ordinary: province + issuing-authority letter + 5 serial characters from the digits and the letters without
 *   I and O (they read as 1 and 0); the last may instead be one of 挂 学 警 港 澳 领 (trailer, driving school,
 *   police, Hong Kong / Macao cross-border, consulate);
 * - small new-energy car: province + letter + D/F + letter-or-digit + 4 digits. D = pure electric, F = other
 *   new energy (GA 36-2018). Since the 2022 extension by the Ministry of Public Security, A B C E are also used for
 *   pure electric and G H J K for other new energy (to confirm against the published notice; accepted here);
 * - large new-energy vehicle: province + letter + 5 digits + D/F last.
 * The authority letter is A–Z without I (not issued); O is kept because some provinces issued it to police.
 * Embassy plates (使), military plates and the special 民航 plates are not accepted: they do not appear in claims
 * of our lines.
 */

/** The 31 mainland provincial abbreviations used on plates. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

export type PlateKind = 'ordinary' | 'newEnergySmall' | 'newEnergyLarge';
export type PlateResult =
  | { ok: true; normalized: string; kind: PlateKind; pureElectric?: boolean }
  | { ok: false; code: 'PLATE_PROVINCE' | 'PLATE_FORMAT' };

const AUTHORITY = '[A-HJ-Z]';
const SERIAL = '[A-HJ-NP-Z0-9]';
const ORDINARY = new RegExp(`^${AUTHORITY}${SERIAL}{4}(?:${SERIAL}|[挂学警港澳领])$`);
const PURE_ELECTRIC = 'DABCE';
const OTHER_NEW_ENERGY = 'FGHJK';
const NEW_ENERGY_SMALL = new RegExp(`^${AUTHORITY}[${PURE_ELECTRIC}${OTHER_NEW_ENERGY}]${SERIAL}\\d{4}$`);
const NEW_ENERGY_LARGE = new RegExp(`^${AUTHORITY}\\d{5}[DF]$`);

/** Upper-cases and removes the spaces, middle dots and hyphens people write between province+letter and serial. */
export const normalizePlate = (input: string): string =>
  input
    .normalize('NFKC')
    .replace(/[\s·•・-]/g, '')
    .toUpperCase();

export const validatePlate = (input: string): PlateResult => {
  const s = normalizePlate(input);
  const province = s[0];
  if (province === undefined || !PLATE_PROVINCES.includes(province))
    return { ok: false, code: 'PLATE_PROVINCE' };
  const rest = s.slice(1);
  if (rest.length === 6 && ORDINARY.test(rest)) return { ok: true, normalized: s, kind: 'ordinary' };
  if (rest.length === 7 && NEW_ENERGY_SMALL.test(rest)) {
    return {
      ok: true,
      normalized: s,
      kind: 'newEnergySmall',
      pureElectric: PURE_ELECTRIC.includes(rest[1]!),
    };
  }
  if (rest.length === 7 && NEW_ENERGY_LARGE.test(rest)) {
    return { ok: true, normalized: s, kind: 'newEnergyLarge', pureElectric: rest[6] === 'D' };
  }
  return { ok: false, code: 'PLATE_FORMAT' };
};
