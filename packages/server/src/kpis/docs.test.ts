import { readFileSync, writeFileSync } from 'node:fs';
import { kpiDocTable } from '@claimline/domain/kpis';
import { describe, expect, it } from 'vitest';

const DOC = new URL('../../../../docs/KPIS.md', import.meta.url);
const BEGIN = '<!-- kpi-table:begin (written from packages/domain/src/kpis/definitions.ts) -->';
const END = '<!-- kpi-table:end -->';

/** A table's cells without the padding a Markdown formatter adds, so the check compares content, not layout. */
const normal = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split(/(?<!\\)\|/)
            .map((c) => c.trim().replace(/^-{3,}$/, '---'))
            .join('|')
        : line,
    )
    .join('\n');

describe('docs/KPIS.md', () => {
  it('holds the KPI table as the definitions write it (UPDATE_KPI_DOCS=1 rewrites it)', () => {
    const text = readFileSync(DOC, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    const wanted = `${text.slice(0, start + BEGIN.length)}\n${kpiDocTable()}\n${text.slice(end)}`;
    if (process.env.UPDATE_KPI_DOCS === '1') writeFileSync(DOC, wanted);
    expect(normal(text)).toBe(normal(wanted));
  });
});
