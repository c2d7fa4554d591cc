import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_APPLICATION_DAYS, REVIEW_DECISION_DAYS, recourseText } from './recourse.ts';

describe('decision letter recourse (办法 2020 arts. 19, 20)', () => {
  it('names the review by the superior institution with its 30 days, then mediation, arbitration, litigation', () => {
    const text = recourseText({ superiorName: '总公司' });
    expect(REVIEW_APPLICATION_DAYS).toBe(30);
    expect(REVIEW_DECISION_DAYS).toBe(30);
    expect(text).toContain('自收到本决定之日起30日内向总公司书面申请核查');
    expect(text).toContain('自收到核查申请之日起30日内作出核查决定');
    expect(text).toContain('调解、仲裁或者诉讼');
  });

  it('a head-office decision has no superior to review it: only mediation, arbitration and litigation', () => {
    const text = recourseText({ superiorName: null });
    expect(text).not.toContain('核查');
    expect(text).toContain('调解、仲裁或者诉讼');
  });

  it('the application period is a setting and always printed as set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (days, name) => {
          const text = recourseText({ superiorName: name, applicationDays: days });
          expect(text).toContain(`${days}日内向${name}书面申请核查`);
        },
      ),
    );
  });
});
