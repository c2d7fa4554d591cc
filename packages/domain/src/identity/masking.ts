import { normalizeLandline, normalizeMobile, parseLandline } from './phone.ts';
import { validatePlate } from './plate.ts';

/**
 * Display masking (脱敏) of personal information, JR/T 0171-2020 and PIPL art. 51 (docs/RULES.md). Every function
 * keeps the length (one `*` per hidden character, counted in code points) so a masked value still looks like what
 * it is, and never shows more than its rule: when the input does not have the expected shape, less is shown, not
 * more. Inputs are normalised first when they are valid (so `+86 138-1234-5678` masks like `13812345678`).
 */

const MASK = '*';

/** Keeps `head` leading and `tail` trailing code points; hides everything if that would leave nothing hidden. */
export const maskMiddle = (value: string, head: number, tail: number): string => {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return MASK.repeat(chars.length);
  return [
    ...chars.slice(0, head),
    ...Array.from({ length: chars.length - head - tail }, () => MASK),
    ...chars.slice(chars.length - tail),
  ].join('');
};

/** ID number: first 6 (region) and last 4 shown, `110101********1234`. The birth date is always hidden. */
export const maskIdNumber = (value: string): string => maskMiddle(value.trim().toUpperCase(), 6, 4);

/** Mobile: first 3 and last 4 shown, `138****5678`. */
export const maskMobile = (value: string): string => {
  const n = normalizeMobile(value);
  return maskMiddle(n.ok ? n.normalized : value, 3, 4);
};

/**
 * Landline: area code and the last 4 digits of the local number shown, `0755-****5678`; an extension is hidden
 * too (it is not part of the rule). An unparsable value shows only its last 4 characters.
 */
export const maskLandline = (value: string): string => {
  const n = normalizeLandline(value);
  const p = n.ok ? parseLandline(n.normalized) : null;
  if (!p) return maskMiddle(value, 0, 4);
  const ext = p.extension === undefined ? '' : `-${MASK.repeat(p.extension.length)}`;
  return `${p.areaCode}-${maskMiddle(p.number, 0, 4)}${ext}`;
};

/**
 * Name: the first character and one `*` per remaining character: `张*`, `欧阳娜娜` → `欧***`. Compound surnames
 * are not recognised on purpose: that would need a surname list and shows more. A one-character name is fully
 * hidden, because keeping its first character would show all of it.
 */
export const maskName = (value: string): string => {
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return MASK.repeat(chars.length);
  return chars[0] + MASK.repeat(chars.length - 1);
};

/** Address: the first 6 characters (usually province + city / district) shown, the rest hidden. */
export const maskAddress = (value: string): string => {
  const chars = Array.from(value.trim());
  return chars.slice(0, 6).join('') + MASK.repeat(Math.max(0, chars.length - 6));
};

/** Plate: province, authority letter and the last 2 shown, `京A***45` / `粤B****78`. */
export const maskPlate = (value: string): string => {
  const p = validatePlate(value);
  return maskMiddle(p.ok ? p.normalized : value.trim(), 2, 2);
};
