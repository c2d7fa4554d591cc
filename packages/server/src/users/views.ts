import type { Role } from '@claimline/domain/access';
import { decideUserMove, USER_MOVES, type UserAdminContext } from '@claimline/domain/users';
import { ERRORS } from '../errors.ts';
import type { Actor } from '../http/context.ts';
import type { ManagedUserRow } from './repository.ts';

export const adminPerson = (a: Actor) => ({ id: a.id, role: a.role, branchPath: a.branchPath });
export const managedPerson = (u: ManagedUserRow) => ({
  id: u.id,
  role: u.role as Role,
  branchPath: u.branch_path,
  active: u.active,
});

/**
 * An account as the administration screen shows it, with each move this administrator may make now and, when not,
 * why (the screen greys the button and shows the reason; it never re-implements the rule).
 */
export const adminUserView = (u: ManagedUserRow, actor: Actor, ctx: UserAdminContext, now: Date) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  agentNo: u.agent_no,
  role: u.role,
  branchId: u.branch_id,
  branchName: { zh: u.branch_name, en: u.branch_name_en },
  departmentId: u.department_id,
  departmentName:
    u.department_name === null
      ? null
      : { zh: u.department_name, en: u.department_name_en ?? u.department_name },
  active: u.active,
  locked: u.locked_until !== null && u.locked_until > now,
  lockedUntil: u.locked_until,
  mustChangePassword: u.must_change_password,
  version: u.version,
  createdAt: u.created_at,
  moves: USER_MOVES.map((move) => {
    const d = decideUserMove(adminPerson(actor), managedPerson(u), move, ctx);
    return {
      move,
      allowed: d.ok,
      reason: d.ok ? null : { code: d.code, zh: ERRORS[d.code].zh, en: ERRORS[d.code].en },
    };
  }),
});
