import { describe, expect, it } from 'vitest';
import { customerBasisOf, materialsSentence } from './refusal-notice.ts';

describe('the refusal notice to the customer (seed 003 §(二) 信息初步审核)', () => {
  it('cites the contract or the law, never the center rule book or a code', () => {
    const codes = ['OUTSIDE_POLICY_PERIOD', 'PERIL_NOT_COVERED', 'CLAIM_TIME_LIMIT_EXPIRED'] as const;
    for (const code of codes) {
      const basis = customerBasisOf(code);
      expect(basis).toMatch(/保险合同|保险法/);
      expect(basis).not.toMatch(/seed|§|[A-Z_]{4,}|\d{3}/);
    }
    expect(customerBasisOf('CLAIM_TIME_LIMIT_EXPIRED')).toContain('第二十六条');
  });

  it('says only what was recorded about the papers', () => {
    expect(materialsSentence({ copiesArchived: true, originalsReturned: true })).toBe(
      '您提交的相关资料已复印存档，原件已返还给您。',
    );
    expect(materialsSentence({ copiesArchived: true, originalsReturned: false })).not.toContain('返还');
    expect(materialsSentence({ copiesArchived: false, originalsReturned: true })).not.toContain('存档');
    expect(materialsSentence({ copiesArchived: false, originalsReturned: false })).toBeNull();
  });
});
