import { createHash, randomBytes } from 'node:crypto';
import { ROLE_PERMISSIONS, type Role } from '@claimline/domain/access';
import { appendAuditAlone } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps } from '../http/context.ts';
import { dummyVerify, hashPassword, passwordIsStrong, verifyPassword } from './passwords.ts';
import * as repo from './repository.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

type Meta = { requestId: string; ip: string };

/** Login with per-account lockout (GB/T 22239-2019 level 3: login failure handling); every attempt is audited. */
export const login = async (deps: Deps, username: string, password: string, meta: Meta) => {
  const now = deps.clock.now();
  const audit = (
    actor: { id: string; displayName: string } | null,
    result: 'success' | 'failure' | 'denied',
    reason?: string,
  ) =>
    appendAuditAlone(deps.db, {
      at: now,
      actor,
      action: 'auth.login',
      objectType: 'user',
      objectId: actor?.id ?? null,
      result,
      requestId: meta.requestId,
      ip: meta.ip,
      details: { username: username.slice(0, 64), ...(reason ? { reason } : {}) },
    });
  const user = await repo.findUserForLogin(deps.db, username);
  if (!user) {
    await dummyVerify(password);
    await audit(null, 'failure', 'unknownUser');
    throw new AppError('INVALID_CREDENTIALS');
  }
  const who = { id: user.id, displayName: user.display_name };
  if (!user.active) {
    await audit(who, 'denied', 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (user.locked_until && user.locked_until > now) {
    await audit(who, 'denied', 'locked');
    throw new AppError('ACCOUNT_LOCKED');
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const after = await repo.recordLoginFailure(
      deps.db,
      user.id,
      deps.settings.lockoutThreshold,
      new Date(now.getTime() + deps.settings.lockoutMs),
    );
    await audit(who, 'failure', 'wrongPassword');
    if (after.locked_until && after.locked_until > now) throw new AppError('ACCOUNT_LOCKED');
    throw new AppError('INVALID_CREDENTIALS');
  }
  await repo.clearLoginFailures(deps.db, user.id);
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(deps.db, hashToken(token), user.id, now);
  await audit(who, 'success');
  return { token };
};

/** Server-side sessions: idle and absolute timeouts are checked here, on every request. */
export const authenticate = async (deps: Deps, token: string): Promise<Actor | 'expired' | null> => {
  const idHash = hashToken(token);
  const row = await repo.findSessionActor(deps.db, idHash);
  if (!row || row.revoked_at || !row.active) return null;
  const now = deps.clock.now();
  const idle = now.getTime() - row.last_seen_at.getTime() > deps.settings.sessionIdleMs;
  const absolute = now.getTime() - row.created_at.getTime() > deps.settings.sessionAbsoluteMs;
  if (idle || absolute) {
    await repo.revokeSession(deps.db, idHash, now);
    return 'expired';
  }
  // Touch at most once a minute: the idle clock needs no finer grain, and it saves a write per request.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) await repo.touchSession(deps.db, idHash, now);
  const role = row.role as Role;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    branchId: row.branch_id,
    branchCode: row.branch_code,
    branchName: row.branch_name,
    branchPath: row.branch_path,
    permissions: ROLE_PERMISSIONS[role],
    mustChangePassword: row.must_change_password,
    scope: row.scope,
    sessionHash: idHash,
  };
};

export const logout = async (deps: Deps, actor: Actor, meta: Meta) => {
  const now = deps.clock.now();
  await repo.revokeSession(deps.db, actor.sessionHash, now);
  await appendAuditAlone(deps.db, {
    at: now,
    actor: { id: actor.id, displayName: actor.displayName },
    action: 'auth.logout',
    objectType: 'user',
    objectId: actor.id,
    result: 'success',
    requestId: meta.requestId,
    ip: meta.ip,
  });
};

export const changePassword = async (deps: Deps, actor: Actor, current: string, next: string, meta: Meta) => {
  const { password_hash, username } = await repo.findPasswordHash(deps.db, actor.id);
  if (!(await verifyPassword(password_hash, current))) throw new AppError('INVALID_CREDENTIALS');
  if (current === next) throw new AppError('PASSWORD_REUSED');
  if (!passwordIsStrong(next, username)) throw new AppError('PASSWORD_TOO_WEAK');
  const now = deps.clock.now();
  await repo.updatePassword(deps.db, actor.id, await hashPassword(next));
  await repo.revokeAllSessions(deps.db, actor.id, now, actor.sessionHash);
  await appendAuditAlone(deps.db, {
    at: now,
    actor: { id: actor.id, displayName: actor.displayName },
    action: 'auth.passwordChanged',
    objectType: 'user',
    objectId: actor.id,
    result: 'success',
    requestId: meta.requestId,
    ip: meta.ip,
  });
};
