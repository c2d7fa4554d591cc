import { DEFAULT_COMPLAINT_RULES } from '@claimline/domain/complaints';
import { describe, expect, it } from 'vitest';
import {
  changedKeys,
  complete,
  fieldErrors,
  fieldName,
  localProblems,
  normalise,
} from './rules-admin-form.ts';

const rules = () => structuredClone(DEFAULT_COMPLAINT_RULES) as typeof DEFAULT_COMPLAINT_RULES;

describe('complaint rules editor helpers', () => {
  it('names form fields like the body, list positions as numbers', () => {
    expect(fieldName('rules.authority.1.maxAmount')).toEqual(['rules', 'authority', 1, 'maxAmount']);
    expect(fieldName('body.rules.matrix.urgent.simple.handlerRole')).toEqual([
      'rules',
      'matrix',
      'urgent',
      'simple',
      'handlerRole',
    ]);
    expect(
      fieldErrors([
        { path: 'note', message: '必填' },
        { path: 'rules.clock.baseDays', message: 'a' },
        { path: 'rules.clock.baseDays', message: 'b' },
      ]),
    ).toEqual([
      { name: ['note'], errors: ['必填'] },
      { name: ['rules', 'clock', 'baseDays'], errors: ['a', 'b'] },
    ]);
  });

  it('finds the domain problems in the UI language before the save', () => {
    const r = rules();
    r.clock.complexTotalDays = 10;
    (r.authority[2] as { maxAmount: number | null }).maxAmount = 500;
    expect(localProblems(r, false)).toEqual([
      { path: 'rules.clock.complexTotalDays', message: '复杂投诉的总期限不能短于一般期限（15 日）' },
      { path: 'rules.authority.2.maxAmount', message: '金额上限须随级别递增：分公司低于主管' },
    ]);
    expect(localProblems(rules(), true)).toEqual([]);
  });

  it('marks what changed, nothing while a number is being typed, and an emptied amount is no limit', () => {
    const r = rules();
    r.matrix.normal.simple.handlerRole = 'teamLead';
    expect([...changedKeys(DEFAULT_COMPLAINT_RULES, r)]).toEqual(['matrix.normal.simple']);
    const typing = rules();
    (typing.clock as { baseDays: number | null }).baseDays = null;
    expect(complete(typing)).toBe(false);
    expect(changedKeys(DEFAULT_COMPLAINT_RULES, typing).size).toBe(0);
    const emptied = rules();
    (emptied.authority[0] as { maxAmount: number | null | undefined }).maxAmount = undefined;
    expect(normalise(emptied).authority[0]?.maxAmount).toBeNull();
  });
});
