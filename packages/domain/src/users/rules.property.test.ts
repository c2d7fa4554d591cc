import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access/index.ts';
import { decideUserMove, type ManagedPerson, USER_MOVES } from './rules.ts';

const ROOT = '/HO/';
const PATHS = ['/HO/', '/HO/BJ/', '/HO/BJ/BJ01/', '/HO/SH/'];
const START: ManagedPerson[] = [
  { id: 'a', role: 'sysAdmin', branchPath: ROOT, active: true },
  { id: 'b', role: 'sysAdmin', branchPath: ROOT, active: true },
  { id: 'c', role: 'branchAdmin', branchPath: '/HO/BJ/', active: true },
  { id: 'd', role: 'agent', branchPath: '/HO/BJ/BJ01/', active: true },
  { id: 'e', role: 'branchAdmin', branchPath: '/HO/SH/', active: true },
];

const step = fc.record({
  actor: fc.nat(START.length - 1),
  target: fc.nat(START.length - 1),
  move: fc.constantFrom(...USER_MOVES),
  role: fc.constantFrom<Role>(...ROLES),
  path: fc.constantFrom(...PATHS),
});

/**
 * Whatever administrators do, in any order, the company keeps an active system administrator at head office and
 * nobody ever changes their own rights or gives a role they could not be given by the rule.
 */
describe('user administration over any sequence of moves', () => {
  it('keeps a head-office administrator and never lets anyone raise their own rights', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const people = START.map((p) => ({ ...p }));
        for (const s of steps) {
          const actor = people[s.actor] as ManagedPerson;
          const target = people[s.target] as ManagedPerson;
          // A deactivated person has no session: they make no moves.
          if (!actor.active) continue;
          const admins = people.filter(
            (p) => p.active && p.role === 'sysAdmin' && p.branchPath === ROOT,
          ).length;
          const params = { role: s.role, branchPath: s.path };
          const d = decideUserMove(
            actor,
            target,
            s.move,
            { rootPath: ROOT, activeHeadOfficeSysAdmins: admins },
            params,
          );
          if (!d.ok) continue;
          if (actor.id === target.id) expect(['edit']).toContain(s.move);
          if (s.move === 'deactivate') target.active = false;
          if (s.move === 'reactivate') target.active = true;
          if (s.move === 'changeRole') target.role = s.role;
          if (s.move === 'moveBranch') target.branchPath = s.path;
          expect(people.some((p) => p.active && p.role === 'sysAdmin' && p.branchPath === ROOT)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
