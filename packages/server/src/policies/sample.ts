import type { PolicyRecord } from '@claimline/domain/policies';
import { POLICY_FIELD_LABELS, POLICY_FIELDS, policyRowOf } from '@claimline/domain/policies';

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Policies written as an import file (the sample in docs/samples, tests, the benchmark). */
export const policiesCsv = (records: Iterable<PolicyRecord>, headers: 'zh' | 'en' = 'zh'): string => {
  const lines = [POLICY_FIELDS.map((f) => POLICY_FIELD_LABELS[f][headers]).join(',')];
  for (const r of records) {
    const row = policyRowOf(r);
    lines.push(POLICY_FIELDS.map((f) => cell(row[f])).join(','));
  }
  return `${lines.join('\n')}\n`;
};
