import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );

// A write of the deadlines table: Kysely's builders or plain SQL.
const WRITE =
  /(insertInto|updateTable|deleteFrom)\(\s*'deadlines'\s*\)|\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+deadlines\b/i;

describe('deadline rows', () => {
  it('are written only from deadlines/ (and created by migrations)', () => {
    const writers = files(src)
      .filter((f) => !f.endsWith('.test.ts'))
      .filter((f) => WRITE.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(src, f).split(path.sep).join('/'));
    expect(writers.filter((f) => !f.startsWith('deadlines/') && !f.startsWith('db/migrations/'))).toEqual([]);
    expect(writers.some((f) => f.startsWith('deadlines/'))).toBe(true);
  });
});
