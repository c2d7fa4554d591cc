import { readFileSync, writeFileSync } from 'node:fs';
import { kpiDocTable } from '@claimline/domain/kpis';
import { describe, expect, it } from 'vitest';

const DOC = new URL('../../../../docs/KPIS.md', import.meta.url);
const BEGIN = '<!-- kpi-table:begin (written from packages/domain/src/kpis/definitions.ts) -->';
const END = '<!-- kpi-table:end -->';

describe('docs/KPIS.md', () => {
  it('holds the KPI table as the definitions write it (UPDATE_KPI_DOCS=1 rewrites it)', () => {
    const text = readFileSync(DOC, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    const wanted = `${text.slice(0, start + BEGIN.length)}\n${kpiDocTable()}\n${text.slice(end)}`;
    if (process.env.UPDATE_KPI_DOCS === '1') writeFileSync(DOC, wanted);
    expect(text).toBe(wanted);
  });
});
