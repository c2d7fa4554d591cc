import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_CATEGORIES } from './classification.ts';
import { type Candidate, type RoutingInput, type RoutingRule, routeComplaint } from './routing.ts';
import { traceRouting } from './routing-trace.ts';

const person = (id: string, role: Candidate['role'], branchPath: string, open = 0, active = true) => ({
  id,
  role,
  active,
  branchPath,
  openComplaints: open,
  name: id,
});
const people: Candidate[] = [
  person('agentBj', 'agent', '/HO/BJ/', 2),
  person('leadBj', 'teamLead', '/HO/BJ/', 1),
  person('agentSh', 'agent', '/HO/SH/', 0),
  person('auditorHo', 'auditor', '/HO/', 0),
  person('oldBj', 'agent', '/HO/BJ/', 0, false),
];
const complaint: RoutingInput = {
  branchPath: '/HO/BJ/',
  product: 'motor',
  category: 'claimDispute',
  handlerRole: 'agent',
  interestedIds: [],
};
const rule = (id: string, over: Partial<RoutingRule>): RoutingRule => ({
  id,
  branchPath: null,
  product: null,
  category: null,
  assigneeId: null,
  priority: 100,
  ...over,
});

describe('traceRouting', () => {
  it('says why each rule did not match and which one picked, in the order they were tried', () => {
    const rules = [
      rule('sh', { branchPath: '/HO/SH/' }),
      rule('health', { product: 'health', category: 'claimDelay' }),
      rule('bj-any', { branchPath: '/HO/BJ/' }),
      rule('bj-dispute', { branchPath: '/HO/BJ/', category: 'claimDispute', assigneeId: 'leadBj' }),
    ];
    const t = traceRouting(rules, complaint, people);
    expect(t.rules).toEqual([
      { ruleId: 'sh', matched: false, mismatches: ['branch'] },
      { ruleId: 'health', matched: false, mismatches: ['product', 'category'] },
      { ruleId: 'bj-any', matched: true, order: 2, outcome: 'notReached' },
      { ruleId: 'bj-dispute', matched: true, order: 1, outcome: 'picked' },
    ]);
    expect(t).toMatchObject({
      fallback: false,
      result: { ok: true, assigneeId: 'leadBj', ruleId: 'bj-dispute' },
    });
  });

  it('shows the avoided person, why each candidate is out, and the fallback when the named one is avoided', () => {
    const t = traceRouting(
      [rule('named', { assigneeId: 'leadBj' })],
      { ...complaint, interestedIds: ['leadBj'] },
      people,
    );
    expect(t.rules).toEqual([{ ruleId: 'named', matched: true, order: 1, outcome: 'assigneeAvoided' }]);
    expect(t.fallback).toBe(true);
    expect(t.result).toEqual({ ok: true, assigneeId: 'agentBj', ruleId: null, avoided: ['leadBj'] });
    expect(Object.fromEntries(t.candidates.map((c) => [c.id, c.block]))).toEqual({
      agentBj: null,
      leadBj: 'interested',
      agentSh: 'outsideBranch',
      auditorHo: 'notHandler',
      oldBj: 'inactive',
    });
    const lead = traceRouting([], { ...complaint, handlerRole: 'teamLead' }, people);
    expect(lead.candidates.find((c) => c.id === 'agentBj')?.block).toBe('levelTooLow');
  });

  it('property: agrees with routeComplaint on the person, the rule and the avoided', () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const paths = ['/HO/', '/HO/BJ/', '/HO/BJ/BJ01/', '/HO/SH/'];
    const arbPerson = fc.record({
      id: fc.constantFrom(...ids),
      role: fc.constantFrom('agent', 'teamLead', 'supervisor', 'auditor', 'claimsHandler' as const),
      active: fc.boolean(),
      branchPath: fc.constantFrom(...paths),
      openComplaints: fc.nat(5),
      name: fc.constantFrom('甲', '乙', '丙'),
    });
    const arbRule = fc.record({
      id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
      branchPath: fc.option(fc.constantFrom(...paths), { nil: null }),
      product: fc.option(fc.constantFrom('motor', 'health'), { nil: null }),
      category: fc.option(fc.constantFrom(...COMPLAINT_CATEGORIES), { nil: null }),
      assigneeId: fc.option(fc.constantFrom(...ids), { nil: null }),
      priority: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbRule, { selector: (r) => r.id, maxLength: 5 }),
        fc.uniqueArray(arbPerson, { selector: (p) => p.id, maxLength: 6 }),
        fc.record({
          branchPath: fc.constantFrom(...paths),
          product: fc.constantFrom('motor', 'health'),
          category: fc.constantFrom(...COMPLAINT_CATEGORIES),
          handlerRole: fc.constantFrom('agent', 'teamLead', 'supervisor' as const),
          interestedIds: fc.subarray(ids, { maxLength: 2 }),
        }),
        (rules, cands, input) => {
          const t = traceRouting(rules, input, cands);
          expect(t.result).toEqual(routeComplaint(rules, input, cands));
          // At most one rule picks, and it is the result's rule.
          const picked = t.rules.filter((r) => r.matched && r.outcome === 'picked');
          expect(picked.map((r) => r.ruleId)).toEqual(
            t.result.ok && t.result.ruleId ? [t.result.ruleId] : [],
          );
          expect(t.fallback).toBe(!(t.result.ok && t.result.ruleId));
          // Nobody blocked is ever the one chosen.
          if (t.result.ok) {
            const chosen = t.result.assigneeId;
            expect(t.candidates.find((c) => c.id === chosen)?.block).toBeNull();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
