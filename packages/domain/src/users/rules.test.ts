import { describe, expect, it } from 'vitest';
import type { Role } from '../access/index.ts';
import {
  assignableRoles,
  BRANCH_ASSIGNABLE_ROLES,
  decideCreate,
  decideUserMove,
  type ManagedPerson,
  type UserMove,
} from './rules.ts';

const ROOT = '/HO/';
const ctx = (admins = 2) => ({ rootPath: ROOT, activeHeadOfficeSysAdmins: admins });
const person = (id: string, role: Role, branchPath: string, active = true): ManagedPerson => ({
  id,
  role,
  branchPath,
  active,
});

const hoAdmin = person('ho-admin', 'sysAdmin', ROOT);
const otherHoAdmin = person('ho-admin-2', 'sysAdmin', ROOT);
const bjAdmin = person('bj-admin', 'branchAdmin', '/HO/BJ/');
const bjAgent = person('bj-agent', 'agent', '/HO/BJ/BJ01/');
const shAgent = person('sh-agent', 'agent', '/HO/SH/');
const bjAuditor = person('bj-auditor', 'auditor', '/HO/BJ/');
const bjLead = person('bj-lead', 'teamLead', '/HO/BJ/');

describe('decideUserMove', () => {
  const table: [string, ManagedPerson, ManagedPerson, UserMove, number, object, string][] = [
    // nobody raises (or changes) their own rights
    ['self role', bjAdmin, bjAdmin, 'changeRole', 2, { role: 'agent' }, 'USER_SELF_CHANGE'],
    ['self branch', bjAdmin, bjAdmin, 'moveBranch', 2, {}, 'USER_SELF_CHANGE'],
    ['self deactivate', hoAdmin, hoAdmin, 'deactivate', 2, {}, 'USER_SELF_CHANGE'],
    ['self reset', bjAdmin, bjAdmin, 'resetPassword', 2, {}, 'USER_SELF_CHANGE'],
    ['self edit', bjAdmin, bjAdmin, 'edit', 2, {}, 'ok'],
    // scope
    ['other subtree', bjAdmin, shAgent, 'edit', 2, {}, 'USER_OUT_OF_SCOPE'],
    [
      'move out of subtree',
      bjAdmin,
      bjAgent,
      'moveBranch',
      2,
      { branchPath: '/HO/SH/' },
      'USER_OUT_OF_SCOPE',
    ],
    ['move inside subtree', bjAdmin, bjAgent, 'moveBranch', 2, { branchPath: '/HO/BJ/' }, 'ok'],
    ['head office reaches all', hoAdmin, shAgent, 'resetPassword', 2, {}, 'ok'],
    // roles a branch admin may give and manage
    ['branch gives lead', bjAdmin, bjAgent, 'changeRole', 2, { role: 'serviceManager' }, 'ok'],
    [
      'branch gives admin',
      bjAdmin,
      bjAgent,
      'changeRole',
      2,
      { role: 'branchAdmin' },
      'USER_ROLE_NOT_ASSIGNABLE',
    ],
    [
      'branch gives auditor',
      bjAdmin,
      bjLead,
      'changeRole',
      2,
      { role: 'auditor' },
      'USER_ROLE_NOT_ASSIGNABLE',
    ],
    ['branch resets auditor', bjAdmin, bjAuditor, 'resetPassword', 2, {}, 'USER_TARGET_NOT_MANAGEABLE'],
    ['ho gives any role', hoAdmin, bjAgent, 'changeRole', 2, { role: 'sysAdmin' }, 'ok'],
    // the last head-office administrator
    ['last admin deactivated', hoAdmin, hoAdmin, 'deactivate', 1, {}, 'USER_LAST_ADMIN'],
    ['last admin demoted', hoAdmin, hoAdmin, 'changeRole', 1, { role: 'auditor' }, 'USER_LAST_ADMIN'],
    ['last admin moved', hoAdmin, hoAdmin, 'moveBranch', 1, { branchPath: '/HO/BJ/' }, 'USER_LAST_ADMIN'],
    ['last admin reset by self', hoAdmin, hoAdmin, 'resetPassword', 1, {}, 'USER_SELF_CHANGE'],
    ['one of two deactivated', hoAdmin, otherHoAdmin, 'deactivate', 2, {}, 'ok'],
    // state
    [
      'deactivate inactive',
      hoAdmin,
      { ...bjAgent, active: false },
      'deactivate',
      2,
      {},
      'USER_ALREADY_INACTIVE',
    ],
    ['reactivate active', hoAdmin, bjAgent, 'reactivate', 2, {}, 'USER_ALREADY_ACTIVE'],
    ['reactivate inactive', bjAdmin, { ...bjAgent, active: false }, 'reactivate', 2, {}, 'ok'],
    // not an administrator
    ['agent', bjAgent, bjLead, 'edit', 2, {}, 'USER_ADMIN_FORBIDDEN'],
  ];
  it.each(table)('%s', (_name, actor, target, move, admins, params, expected) => {
    const d = decideUserMove(actor, target, move, ctx(admins), params);
    expect(d.ok ? 'ok' : d.code).toBe(expected);
  });
});

describe('decideCreate and assignable roles', () => {
  it('a branch administrator creates front-line and lead accounts in its subtree only', () => {
    expect(decideCreate(bjAdmin, { role: 'agent', branchPath: '/HO/BJ/BJ01/' }, ctx())).toEqual({ ok: true });
    expect(decideCreate(bjAdmin, { role: 'agent', branchPath: '/HO/SH/' }, ctx())).toEqual({
      ok: false,
      code: 'USER_OUT_OF_SCOPE',
    });
    expect(decideCreate(bjAdmin, { role: 'sysAdmin', branchPath: '/HO/BJ/' }, ctx())).toEqual({
      ok: false,
      code: 'USER_ROLE_NOT_ASSIGNABLE',
    });
  });
  it('head office assigns every role; a sysAdmin placed in a branch only what a branch admin may', () => {
    expect(assignableRoles(hoAdmin, ctx())).toContain('sysAdmin');
    expect(assignableRoles({ ...hoAdmin, branchPath: '/HO/BJ/' }, ctx())).toEqual(BRANCH_ASSIGNABLE_ROLES);
    expect(assignableRoles(bjAgent, ctx())).toEqual([]);
  });
});
