import { z } from 'zod';

/**
 * Keyset paging of the case list (issue #19 part 2): the cursor names the last row of a page by its sort value and
 * id, so the next page is an index range from there instead of OFFSET over every earlier row, and no page needs
 * an exact count. Opaque to clients: base64url of `[sortKey, id]`; the sort key is the column's text form, cast
 * back to the column's type in SQL, so a timestamp keeps its microseconds.
 */
export type CaseCursor = { key: string; id: string };

const shape = z.tuple([z.string().max(200), z.uuid()]);

export const encodeCaseCursor = (c: CaseCursor) =>
  Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');

/** The cursor, or null for anything that is not one this server made (a typed value must not become a 500). */
export const decodeCaseCursor = (text: string): CaseCursor | null => {
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
};
