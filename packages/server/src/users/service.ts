import { randomUUID } from 'node:crypto';
import type { Role } from '@claimline/domain/access';
import type { AuditAction } from '@claimline/domain/audit';
import {
  assignableRoles,
  decideCreate,
  decideUserMove,
  type UserAdminContext,
} from '@claimline/domain/users';
import { appendAudit } from '../audit/audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { revokeAllSessions } from '../auth/repository.ts';
import type { AuthDeps } from '../auth/session-cache.ts';
import type { Tx } from '../db/database.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';
import type { CreateUserBody, EditUserBody, UserMoveBody } from './schema.ts';
import { temporaryPassword } from './temporary-password.ts';
import { adminPerson, adminUserView, managedPerson } from './views.ts';

const adminContext = async (tx: Tx): Promise<UserAdminContext & { rootId: string }> => {
  const root = await repo.rootBranch(tx);
  return {
    rootId: root.id,
    rootPath: root.path,
    activeHeadOfficeSysAdmins: await repo.countActiveHeadOfficeSysAdmins(tx, root.id),
  };
};

const refuse = (d: { ok: true } | { ok: false; code: keyof typeof ERRORS }) => {
  if (!d.ok) throw new AppError(d.code);
};

const audit = (tx: Tx, ctx: RequestCtx, action: AuditAction, id: string, details: Record<string, unknown>) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action,
    objectType: 'user',
    objectId: id,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });

const viewOf = async (tx: Tx, ctx: RequestCtx, id: string) => {
  const row = await repo.findManagedUser(tx, id, ctx.actor.scope);
  if (!row) throw new AppError('USER_NOT_FOUND');
  return adminUserView(row, ctx.actor, await adminContext(tx), ctx.clock.now());
};

export const listUsers = async (deps: AuthDeps, ctx: RequestCtx, filter: repo.AdminUserFilter) => {
  const rows = await repo.listManagedUsers(deps.db, ctx.actor.scope, filter);
  return deps.db.transaction().execute(async (tx) => {
    const c = await adminContext(tx);
    const now = ctx.clock.now();
    return {
      items: rows.map((r) => adminUserView(r, ctx.actor, c, now)),
      assignableRoles: [...assignableRoles(adminPerson(ctx.actor), c)],
    };
  });
};

const checkDepartment = async (tx: Tx, id: string | null | undefined) => {
  if (id && !(await repo.activeDepartment(tx, id)))
    throw new AppError('DEPARTMENT_NOT_FOUND', onField('departmentId', ERRORS.DEPARTMENT_NOT_FOUND));
};

/** A new account with a one-time password, answered once; it must be changed at the first login. */
export const createUser = async (deps: AuthDeps, ctx: RequestCtx, body: CreateUserBody) => {
  const password = temporaryPassword(body.username);
  const passwordHash = await hashPassword(password);
  const user = await deps.db.transaction().execute(async (tx) => {
    await repo.lockUserAdministration(tx);
    const branch = await repo.branchInScope(tx, body.branchId, ctx.actor.scope);
    if (!branch) throw new AppError('USER_OUT_OF_SCOPE', onField('branchId', ERRORS.USER_OUT_OF_SCOPE));
    refuse(
      decideCreate(
        adminPerson(ctx.actor),
        { role: body.role, branchPath: branch.path },
        await adminContext(tx),
      ),
    );
    await checkDepartment(tx, body.departmentId);
    // Not given: the department of the role's work (DEFAULT_DEPARTMENT_BY_ROLE); null clears it on purpose.
    const departmentId =
      body.departmentId === undefined ? await repo.defaultDepartmentId(tx, body.role) : body.departmentId;
    if (await repo.usernameTaken(tx, body.username))
      throw new AppError('USERNAME_TAKEN', onField('username', ERRORS.USERNAME_TAKEN));
    const id = randomUUID();
    await repo.insertUser(tx, {
      id,
      username: body.username,
      display_name: body.displayName,
      agent_no: body.agentNo ?? null,
      role: body.role,
      branch_id: branch.id,
      department_id: departmentId,
      password_hash: passwordHash,
      must_change_password: true,
      locked_until: null,
      created_at: ctx.clock.now(),
    });
    await audit(tx, ctx, 'user.create', id, {
      after: {
        username: body.username,
        displayName: body.displayName,
        agentNo: body.agentNo ?? null,
        role: body.role,
        branchId: branch.id,
        departmentId,
      },
    });
    return viewOf(tx, ctx, id);
  });
  return { user, temporaryPassword: password };
};

/** Display name, agent number, department: no rights change, so any administrator of the subtree may. */
export const editUser = (deps: AuthDeps, ctx: RequestCtx, id: string, body: EditUserBody) =>
  deps.db.transaction().execute(async (tx) => {
    await repo.lockUserAdministration(tx);
    const row = await repo.findManagedUser(tx, id, ctx.actor.scope, true);
    if (!row) throw new AppError('USER_NOT_FOUND');
    refuse(decideUserMove(adminPerson(ctx.actor), managedPerson(row), 'edit', await adminContext(tx)));
    await checkDepartment(tx, body.departmentId);
    const before = { displayName: row.display_name, agentNo: row.agent_no, departmentId: row.department_id };
    const after = {
      displayName: body.displayName ?? row.display_name,
      agentNo: body.agentNo === undefined ? row.agent_no : body.agentNo,
      departmentId: body.departmentId === undefined ? row.department_id : body.departmentId,
    };
    const saved = await repo.updateUser(tx, id, body.version, {
      display_name: after.displayName,
      agent_no: after.agentNo,
      department_id: after.departmentId,
    });
    if (!saved) throw new AppError('USER_VERSION_CONFLICT', { currentVersion: row.version });
    await audit(tx, ctx, 'user.edit', id, { before, after });
    return viewOf(tx, ctx, id);
  });

/**
 * A move that changes rights or access. Deactivation, a role or branch change and a reset end the account's
 * sessions in the same transaction; the database trigger tells every node's session cache at commit, and this
 * node forgets at once.
 */
export const moveUser = async (deps: AuthDeps, ctx: RequestCtx, id: string, body: UserMoveBody) => {
  let password: string | null = null;
  const user = await deps.db.transaction().execute(async (tx) => {
    await repo.lockUserAdministration(tx);
    const row = await repo.findManagedUser(tx, id, ctx.actor.scope, true);
    if (!row) throw new AppError('USER_NOT_FOUND');
    const c = await adminContext(tx);
    let branch: { id: string; path: string } | undefined;
    if (body.move === 'moveBranch') {
      branch = await repo.branchInScope(tx, body.branchId, ctx.actor.scope);
      if (!branch) throw new AppError('USER_OUT_OF_SCOPE', onField('branchId', ERRORS.USER_OUT_OF_SCOPE));
    }
    const params = {
      role: body.move === 'changeRole' ? body.role : undefined,
      branchPath: branch?.path,
    };
    refuse(decideUserMove(adminPerson(ctx.actor), managedPerson(row), body.move, c, params));
    if (body.move === 'resetPassword') password = temporaryPassword(row.username);
    const passwordHash = password === null ? null : await hashPassword(password);
    const { set, before, after, endSessions } = movePatch(body, row, branch?.id, passwordHash);
    if (!(await repo.updateUser(tx, id, body.version, set)))
      throw new AppError('USER_VERSION_CONFLICT', { currentVersion: row.version });
    if (endSessions) await revokeAllSessions(tx, id, ctx.clock.now());
    await audit(tx, ctx, `user.${body.move}`, id, { before, after, sessionsEnded: endSessions });
    return viewOf(tx, ctx, id);
  });
  deps.sessions?.invalidate(`u:${id}`);
  return { user, temporaryPassword: password };
};

const movePatch = (
  body: UserMoveBody,
  row: repo.ManagedUserRow,
  branchId: string | undefined,
  passwordHash: string | null,
) => {
  switch (body.move) {
    case 'deactivate':
    case 'reactivate': {
      const active = body.move === 'reactivate';
      return { set: { active }, before: { active: row.active }, after: { active }, endSessions: !active };
    }
    case 'changeRole':
      return {
        set: { role: body.role as Role },
        before: { role: row.role },
        after: { role: body.role },
        endSessions: true,
      };
    case 'moveBranch':
      return {
        set: { branch_id: branchId as string },
        before: { branchId: row.branch_id },
        after: { branchId },
        endSessions: true,
      };
    case 'resetPassword':
      // The password itself is never recorded; only that it must be changed.
      return {
        set: {
          password_hash: passwordHash as string,
          must_change_password: true,
          failed_logins: 0,
          locked_until: null,
        },
        before: { mustChangePassword: row.must_change_password },
        after: { mustChangePassword: true },
        endSessions: true,
      };
    case 'unlock':
      return {
        set: { failed_logins: 0, locked_until: null },
        before: { lockedUntil: row.locked_until?.toISOString() ?? null, failedLogins: row.failed_logins },
        after: { lockedUntil: null, failedLogins: 0 },
        endSessions: false,
      };
  }
};
