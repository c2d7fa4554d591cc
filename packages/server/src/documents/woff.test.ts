import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as {
  create(b: Buffer): { numGlyphs: number; hasGlyphForCodePoint(c: number): boolean; postscriptName: string };
};
const woffPath = require.resolve(
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
);

describe('woffToSfnt', () => {
  it('decodes the bundled font into an SFNT with the same glyphs', () => {
    const woff = readFileSync(woffPath);
    const sfnt = woffToSfnt(woff);
    const a = fontkit.create(woff);
    const b = fontkit.create(sfnt);
    expect(b.numGlyphs).toBe(a.numGlyphs);
    expect(b.postscriptName).toBe(a.postscriptName);
    for (const ch of '不予受理通知书保险期间ABC123，。')
      expect(b.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('OTTO0000000000000000'))).toThrow(/WOFF/);
  });
});
