import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidate, type RoutingInput, type RoutingRule, routeComplaint } from './routing.ts';

const person = (id: string, role: Candidate['role'], branchPath: string, openComplaints = 0): Candidate => ({
  id,
  role,
  active: true,
  branchPath,
  openComplaints,
  name: id,
});
const people = [
  person('agentBj', 'agent', '/HO/BJ/', 2),
  person('agentBj2', 'agent', '/HO/BJ/', 5),
  person('agentBj01', 'agent', '/HO/BJ/BJ01/', 0),
  person('leadBj', 'teamLead', '/HO/BJ/', 1),
  person('supBj', 'supervisor', '/HO/BJ/', 0),
  person('agentSh', 'agent', '/HO/SH/', 0),
  person('auditorHo', 'auditor', '/HO/', 0),
];
const complaint: RoutingInput = {
  branchPath: '/HO/BJ/',
  product: 'motor',
  category: 'serviceAttitude',
  handlerRole: 'agent',
  interestedIds: [],
};

describe('routeComplaint', () => {
  it('without rules takes the least-loaded eligible person in the branch', () => {
    expect(routeComplaint([], complaint, people)).toMatchObject({
      ok: true,
      assigneeId: 'supBj',
      ruleId: null,
    });
  });

  it('never picks someone of another branch, a sub-branch that cannot see the case, or a non-handler role', () => {
    const r = routeComplaint(
      [],
      { ...complaint, handlerRole: 'agent' },
      people.filter((p) => p.id !== 'supBj'),
    );
    expect(r).toMatchObject({ ok: true, assigneeId: 'leadBj' });
  });

  it('respects the handler level of the classification', () => {
    expect(routeComplaint([], { ...complaint, handlerRole: 'supervisor' }, people)).toMatchObject({
      assigneeId: 'supBj',
    });
  });

  it('follows the most specific matching rule; a named assignee wins', () => {
    const rules: RoutingRule[] = [
      {
        id: 'any-bj',
        branchPath: '/HO/BJ/',
        product: null,
        category: null,
        assigneeId: 'leadBj',
        priority: 1,
      },
      {
        id: 'bj-motor-attitude',
        branchPath: '/HO/BJ/',
        product: 'motor',
        category: 'serviceAttitude',
        assigneeId: 'agentBj2',
        priority: 9,
      },
    ];
    expect(routeComplaint(rules, complaint, people)).toMatchObject({
      assigneeId: 'agentBj2',
      ruleId: 'bj-motor-attitude',
    });
    expect(routeComplaint(rules, { ...complaint, product: 'health' }, people)).toMatchObject({
      assigneeId: 'leadBj',
      ruleId: 'any-bj',
    });
  });

  it('avoidance: the agent complained about is never chosen, even when a rule names them', () => {
    const rules: RoutingRule[] = [
      { id: 'r', branchPath: null, product: 'motor', category: null, assigneeId: 'agentBj2', priority: 1 },
    ];
    const r = routeComplaint(rules, { ...complaint, interestedIds: ['agentBj2'] }, people);
    expect(r).toMatchObject({ ok: true, avoided: ['agentBj2'] });
    expect(r.ok && r.assigneeId).not.toBe('agentBj2');
  });

  it('refuses when avoidance leaves nobody eligible', () => {
    const only = [person('a', 'agent', '/HO/BJ/')];
    expect(routeComplaint([], { ...complaint, interestedIds: ['a'] }, only)).toEqual({
      ok: false,
      code: 'NO_ELIGIBLE_HANDLER',
      details: { handlerRole: 'agent', avoided: ['a'] },
    });
  });

  it('property: the chosen person is eligible and never an interested one', () => {
    const roles = ['agent', 'teamLead', 'supervisor', 'auditor', 'claimsHandler'] as const;
    const paths = ['/HO/', '/HO/BJ/', '/HO/BJ/BJ01/', '/HO/SH/'];
    const arbPerson = fc.record({
      id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'),
      role: fc.constantFrom(...roles),
      active: fc.boolean(),
      branchPath: fc.constantFrom(...paths),
      openComplaints: fc.nat(10),
      name: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbPerson, { selector: (p) => p.id, maxLength: 6 }),
        fc.subarray(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']),
        fc.constantFrom(...paths),
        fc.constantFrom('agent' as const, 'teamLead' as const, 'supervisor' as const),
        fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: null }),
        (cands, interested, branchPath, handlerRole, named) => {
          const rules: RoutingRule[] = [
            { id: 'x', branchPath: null, product: null, category: null, assigneeId: named, priority: 0 },
          ];
          const r = routeComplaint(
            rules,
            { ...complaint, branchPath, handlerRole, interestedIds: interested },
            cands,
          );
          if (!r.ok) return;
          const chosen = cands.find((p) => p.id === r.assigneeId)!;
          expect(interested).not.toContain(chosen.id);
          expect(chosen.active).toBe(true);
          expect(branchPath.startsWith(chosen.branchPath)).toBe(true);
        },
      ),
    );
  });
});
