import { createHash, randomBytes } from 'node:crypto';
import { ROLE_PERMISSIONS, type Role } from '@claimline/domain/access';
import { appendAuditAlone } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps } from '../http/context.ts';
import { dummyVerify, hashPassword, passwordIsStrong, verifyPassword } from './passwords.ts';
import * as repo from './repository.ts';
import type { AuthDeps } from './session-cache.ts';

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
  const lockUntil = new Date(now.getTime() + deps.settings.lockoutMs);
  const user = await repo.findUserForLogin(deps.db, username);
  if (!user) {
    // Answered exactly like a known name, lock included, so the answers never tell which names exist.
    const nameKey = deps.crypto.blindIndex('loginName', username.toLowerCase());
    const lock = await repo.findUnknownNameLock(deps.db, nameKey);
    if (lock?.locked_until && lock.locked_until > now) {
      await audit(null, 'denied', 'locked');
      throw new AppError('ACCOUNT_LOCKED');
    }
    await dummyVerify(password);
    const after = await repo.recordUnknownNameFailure(
      deps.db,
      nameKey,
      deps.settings.lockoutThreshold,
      lockUntil,
      now,
    );
    await audit(null, 'failure', 'unknownUser');
    if (after.locked_until && after.locked_until > now) throw new AppError('ACCOUNT_LOCKED');
    throw new AppError('INVALID_CREDENTIALS');
  }
  const who = { id: user.id, displayName: user.display_name };
  if (user.locked_until && user.locked_until > now) {
    await audit(who, 'denied', 'locked');
    throw new AppError('ACCOUNT_LOCKED');
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const after = await repo.recordLoginFailure(deps.db, user.id, deps.settings.lockoutThreshold, lockUntil);
    await audit(who, 'failure', 'wrongPassword');
    if (after.locked_until && after.locked_until > now) throw new AppError('ACCOUNT_LOCKED');
    throw new AppError('INVALID_CREDENTIALS');
  }
  // Only someone who knows the password learns that the account is disabled.
  if (!user.active) {
    await audit(who, 'denied', 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  await repo.clearLoginFailures(deps.db, user.id);
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(deps.db, hashToken(token), user.id, now);
  await audit(who, 'success');
  return { token };
};

/**
 * Server-side sessions: idle and absolute timeouts are checked here, on every request. The row comes from the
 * node's session cache when it has it (auth/session-cache.ts); a refusal is only ever decided on a fresh row.
 */
export const authenticate = async (deps: AuthDeps, token: string): Promise<Actor | 'expired' | null> => {
  const idHash = hashToken(token);
  const now = deps.clock.now();
  const cached = deps.sessions?.get(idHash);
  if (cached && sessionState(deps, cached, now) === 'valid') return touchAndBuild(deps, idHash, cached, now);
  const generation = deps.sessions?.generation() ?? 0;
  const row = await repo.findSessionActor(deps.db, idHash);
  if (!row) return null;
  const state = sessionState(deps, row, now);
  if (state === 'invalid') return null;
  if (state === 'expired') {
    await repo.revokeSession(deps.db, idHash, now);
    deps.sessions?.invalidate(`s:${idHash}`);
    return 'expired';
  }
  deps.sessions?.put(idHash, row, generation);
  return touchAndBuild(deps, idHash, row, now);
};

const sessionState = (deps: Deps, row: repo.SessionActorRow, now: Date) => {
  if (row.revoked_at || !row.active) return 'invalid';
  const idle = now.getTime() - row.last_seen_at.getTime() > deps.settings.sessionIdleMs;
  const absolute = now.getTime() - row.created_at.getTime() > deps.settings.sessionAbsoluteMs;
  return idle || absolute ? 'expired' : 'valid';
};

const touchAndBuild = async (
  deps: AuthDeps,
  idHash: string,
  row: repo.SessionActorRow,
  now: Date,
): Promise<Actor> => {
  // Touch at most once a minute: the idle clock needs no finer grain, and it saves a write per request.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await repo.touchSession(deps.db, idHash, now);
    deps.sessions?.touched(idHash, now);
  }
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

export const logout = async (deps: AuthDeps, actor: Actor, meta: Meta) => {
  const now = deps.clock.now();
  await repo.revokeSession(deps.db, actor.sessionHash, now);
  // Other nodes hear it from the database trigger; this node forgets at once, before it answers.
  deps.sessions?.invalidate(`s:${actor.sessionHash}`);
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

export const changePassword = async (
  deps: AuthDeps,
  actor: Actor,
  current: string,
  next: string,
  meta: Meta,
) => {
  const now = deps.clock.now();
  const { password_hash, username, locked_until } = await repo.findPasswordHash(deps.db, actor.id);
  const audit = (result: 'failure' | 'denied', reason: string) =>
    appendAuditAlone(deps.db, {
      at: now,
      actor: { id: actor.id, displayName: actor.displayName },
      action: 'auth.passwordChanged',
      objectType: 'user',
      objectId: actor.id,
      result,
      requestId: meta.requestId,
      ip: meta.ip,
      details: { reason },
    });
  if (locked_until && locked_until > now) {
    await audit('denied', 'locked');
    throw new AppError('ACCOUNT_LOCKED');
  }
  if (!(await verifyPassword(password_hash, current))) {
    // A wrong current password counts toward the same lockout as a wrong login (GB/T 22239-2019 level 3): a
    // stolen session must not become an unlimited password-guessing oracle.
    const after = await repo.recordLoginFailure(
      deps.db,
      actor.id,
      deps.settings.lockoutThreshold,
      new Date(now.getTime() + deps.settings.lockoutMs),
    );
    await audit('failure', 'wrongPassword');
    if (after.locked_until && after.locked_until > now) {
      await repo.revokeAllSessions(deps.db, actor.id, now);
      deps.sessions?.invalidate(`u:${actor.id}`);
      throw new AppError('ACCOUNT_LOCKED');
    }
    throw new AppError('INVALID_CREDENTIALS');
  }
  await repo.clearLoginFailures(deps.db, actor.id);
  if (current === next) throw new AppError('PASSWORD_REUSED');
  if (!passwordIsStrong(next, username)) throw new AppError('PASSWORD_TOO_WEAK');
  await repo.updatePassword(deps.db, actor.id, await hashPassword(next));
  await repo.revokeAllSessions(deps.db, actor.id, now, actor.sessionHash);
  deps.sessions?.invalidate(`u:${actor.id}`);
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
