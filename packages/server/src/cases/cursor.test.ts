import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCaseCursor, encodeCaseCursor } from './cursor.ts';

describe('case list cursor', () => {
  it('round-trips any sort key and id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uuid({ version: 4 }), (key, id) => {
        expect(decodeCaseCursor(encodeCaseCursor({ key, id }))).toEqual({ key, id });
      }),
    );
  });

  it('refuses anything else without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const c = decodeCaseCursor(text);
        expect(c === null || typeof c.id === 'string').toBe(true);
      }),
    );
    expect(decodeCaseCursor('not-a-cursor')).toBeNull();
    expect(decodeCaseCursor(Buffer.from('["a","b"]').toString('base64url'))).toBeNull();
  });
});
