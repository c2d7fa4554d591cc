import { describe, expect, it } from 'vitest';
import {
  checklistProblems,
  DEFAULT_CHECKLISTS,
  diffChecklists,
  documentsFor,
  isComplete,
  missingDocuments,
} from './checklist.ts';

describe('document checklists (seed 003 §(四) 2)', () => {
  it('has the seven lists and a valid default', () => {
    expect(Object.keys(DEFAULT_CHECKLISTS.lists)).toHaveLength(7);
    expect(checklistProblems(DEFAULT_CHECKLISTS)).toEqual([]);
  });

  it('a medical claim needs the basic and medical documents; the beneficiary ID only from someone else', () => {
    const own = documentsFor(DEFAULT_CHECKLISTS, 'medical', 'insured').map((d) => d.id);
    expect(own).toContain('inpatientReceipts');
    expect(own).not.toContain('beneficiaryId');
    const death = documentsFor(DEFAULT_CHECKLISTS, 'accidentalDeath', 'beneficiary').map((d) => d.id);
    expect(death).toEqual(expect.arrayContaining(['beneficiaryId', 'deathCertificate', 'accidentProof']));
  });

  it('only a complete set is accepted: received, verified, and an original where one is required', () => {
    const docs = documentsFor(DEFAULT_CHECKLISTS, 'medical', 'insured').map((d) => ({
      ...d,
      received: true,
      verified: true,
      form: 'original' as const,
    }));
    expect(isComplete(docs)).toBe(true);
    const copy = docs.map((d) => (d.id === 'policyOriginal' ? { ...d, form: 'copy' as const } : d));
    expect(isComplete(copy)).toBe(false);
    expect(missingDocuments(copy).map((d) => d.id)).toEqual(['policyOriginal']);
    expect(isComplete([])).toBe(false);
  });

  it('refuses a claim type without the basic documents and lists every change', () => {
    const edited = {
      ...DEFAULT_CHECKLISTS,
      byClaimType: { ...DEFAULT_CHECKLISTS.byClaimType, medical: ['medical' as const] },
    };
    expect(checklistProblems(edited)).toEqual([expect.objectContaining({ path: 'byClaimType.medical' })]);
    expect(diffChecklists(DEFAULT_CHECKLISTS, edited)).toEqual([
      { path: 'byClaimType.medical', before: ['basic', 'medical'], after: ['medical'] },
    ]);
  });
});
