import { CLAIM_RULE_FIELDS, DEFAULT_CLAIM_RULES } from '@claimline/domain/claims';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asRules, fieldErrors, formatYuan, fromFormValues, parseYuan, toFormValues } from './rules-form.ts';

describe('yuan in the claim-rules editor, fen on the wire', () => {
  it('shows fen as yuan with separators and two decimals', () => {
    expect(formatYuan(500_000_00)).toBe('500,000.00');
    expect(formatYuan(500_000_01)).toBe('500,000.01');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
  });

  it('reads what is typed exactly, with at most two decimals', () => {
    expect(parseYuan('500000')).toEqual({ ok: true, fen: 500_000_00 });
    expect(parseYuan(' 500,000.1 ')).toEqual({ ok: true, fen: 500_000_10 });
    expect(parseYuan('５０００００.０１')).toEqual({ ok: true, fen: 500_000_01 });
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parseYuan('500000.001')).toEqual({ ok: false, reason: 'decimals' });
    expect(parseYuan('-1')).toEqual({ ok: false, reason: 'format' });
    expect(parseYuan('1e6')).toEqual({ ok: false, reason: 'format' });
    expect(parseYuan('')).toEqual({ ok: false, reason: 'format' });
  });

  it('round-trips every amount in fen through the text shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
      }),
    );
  });

  it('turns the form into the PUT body and back, and refuses a half-typed value', () => {
    const values = toFormValues(DEFAULT_CLAIM_RULES, CLAIM_RULE_FIELDS);
    expect(values.majorCase?.payoutOverFen).toBe('500,000.00');
    const body = fromFormValues(values, CLAIM_RULE_FIELDS);
    expect(body && asRules(body, DEFAULT_CLAIM_RULES)).toEqual(DEFAULT_CLAIM_RULES);
    expect(body?.majorCase).not.toHaveProperty('reportWithinHours');
    const typing = { ...values, majorCase: { ...values.majorCase, payoutOverFen: '600000.' } };
    expect(fromFormValues(typing, CLAIM_RULE_FIELDS)?.majorCase.payoutOverFen).toBe(600_000_00);
    const wrong = { ...values, majorCase: { ...values.majorCase, payoutOverFen: '60万' } };
    expect(fromFormValues(wrong, CLAIM_RULE_FIELDS)).toBeNull();
    const empty = { ...values, sameLoss: { windowHours: null } };
    expect(fromFormValues(empty, CLAIM_RULE_FIELDS)).toBeNull();
  });

  it('puts the server’s field errors on the form fields', () => {
    expect(
      fieldErrors([
        { path: 'rules.scene.causesNeedingScene.2', message: '不是允许的取值' },
        { path: 'rules.scene.causesNeedingScene.3', message: '不是允许的取值' },
        { path: 'note', message: '至少 1 个字符' },
      ]),
    ).toEqual([
      { name: ['rules', 'scene', 'causesNeedingScene'], errors: ['不是允许的取值', '不是允许的取值'] },
      { name: ['note'], errors: ['至少 1 个字符'] },
    ]);
  });
});
