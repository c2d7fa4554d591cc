import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/db/database.ts';
import { adminQuery, freshDatabase, type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 18 part 1: user administration on a real engine. Every refusal of domain/users (self, scope, role not
 * assignable, target above the administrator, last head-office administrator), sessions ended by deactivation and
 * reset, the forced change after a one-time password, unlock, departments, and the audit rows with before → after.
 */
let sys: TestSystem;
let ho: string;
let bj: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  ho = await sys.login('sysadmin.ho');
  bj = await sys.login('branchadmin.bj');
});
afterAll(async () => sys.close());

const ids = async () => {
  const rows = await sys.db.selectFrom('users').select(['id', 'username']).execute();
  return new Map(rows.map((r) => [r.username, r.id]));
};
const branchId = async (code: string) =>
  (await sys.db.selectFrom('branches').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
const departmentId = async (code: string) =>
  (await sys.db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

const create = (cookie: string, payload: Record<string, unknown>) =>
  sys.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie }, payload });
const move = async (cookie: string, username: string, payload: Record<string, unknown>) =>
  sys.app.inject({
    method: 'POST',
    url: `/api/admin/users/${(await ids()).get(username)}/moves`,
    headers: { cookie },
    payload,
  });
const me = (cookie: string) => sys.app.inject({ url: '/api/auth/me', headers: { cookie } });
const loginRaw = (username: string, password: string) =>
  sys.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const code = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;
const auditOf = (action: string, objectId: string) =>
  sys.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('object_id', '=', objectId)
    .execute();

describe('creating an account', () => {
  it('answers a one-time password once; the new user must change it before anything else', async () => {
    const res = await create(ho, {
      username: 'Agent.New1',
      displayName: '新坐席',
      agentNo: '9001',
      role: 'agent',
      branchId: await branchId('BJ01'),
      departmentId: await departmentId('service'),
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({
      username: 'agent.new1',
      role: 'agent',
      mustChangePassword: true,
      active: true,
    });
    expect(user.departmentName).toEqual({ zh: '客服部', en: 'Customer service' });
    expect(temporaryPassword).toMatch(/^.{14}$/);
    const stored = await sys.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).not.toContain(temporaryPassword);

    const cookie = await sys.login('agent.new1', temporaryPassword);
    expect((await me(cookie)).json().user.mustChangePassword).toBe(true);
    const blocked = await sys.app.inject({ url: '/api/cases', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(code(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await sys.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: temporaryPassword, newPassword: 'Fresh#Start2026' },
    });
    expect(changed.statusCode).toBeLessThan(300);
    expect((await sys.app.inject({ url: '/api/cases', headers: { cookie } })).statusCode).toBe(200);

    const [row] = await auditOf('user.create', user.id);
    expect(row?.details).toMatchObject({ after: { username: 'agent.new1', role: 'agent' } });
    expect(JSON.stringify(row?.details)).not.toContain(temporaryPassword);
  });

  it('refuses a taken username, a role a branch admin may not give, and a branch outside its subtree', async () => {
    const base = { displayName: '测试', role: 'agent', branchId: await branchId('BJ') };
    expect(code(await create(ho, { ...base, username: 'agent.bj' }))).toBe('USERNAME_TAKEN');
    const admin = await create(bj, { ...base, username: 'sys.bj', role: 'sysAdmin' });
    expect([admin.statusCode, code(admin)]).toEqual([403, 'USER_ROLE_NOT_ASSIGNABLE']);
    const elsewhere = await create(bj, { ...base, username: 'agent.sh9', branchId: await branchId('SH') });
    expect([elsewhere.statusCode, code(elsewhere)]).toEqual([403, 'USER_OUT_OF_SCOPE']);
    const agent = await sys.login('agent.bj');
    expect((await create(agent, { ...base, username: 'agent.bj9' })).statusCode).toBe(403);
  });
});

describe('refusals on existing accounts', () => {
  it('nobody changes their own role, branch or state', async () => {
    for (const payload of [
      { move: 'changeRole', role: 'agent' },
      { move: 'moveBranch', branchId: await branchId('BJ01') },
      { move: 'deactivate' },
      { move: 'resetPassword' },
    ]) {
      const res = await move(bj, 'branchadmin.bj', payload);
      expect([res.statusCode, code(res)]).toEqual([403, 'USER_SELF_CHANGE']);
    }
  });

  it('a branch admin works only inside its subtree, gives only front-line and lead roles, manages no admin', async () => {
    const outside = await move(bj, 'agent.sh', { move: 'deactivate' });
    expect([outside.statusCode, code(outside)]).toEqual([404, 'USER_NOT_FOUND']);
    const moveOut = await move(bj, 'agent.bj', { move: 'moveBranch', branchId: await branchId('SH') });
    expect([moveOut.statusCode, code(moveOut)]).toEqual([403, 'USER_OUT_OF_SCOPE']);
    const raise = await move(bj, 'agent.bj', { move: 'changeRole', role: 'branchAdmin' });
    expect([raise.statusCode, code(raise)]).toEqual([403, 'USER_ROLE_NOT_ASSIGNABLE']);
    expect((await move(bj, 'agent.bj', { move: 'changeRole', role: 'teamLead' })).statusCode).toBe(200);
    const second = await create(ho, {
      username: 'branchadmin.bj01',
      displayName: '支公司管理员',
      role: 'branchAdmin',
      branchId: await branchId('BJ01'),
    });
    expect(second.statusCode).toBe(201);
    // No department given: the one of the role's work.
    expect(second.json().user.departmentName).toEqual({ zh: '运营部', en: 'Operations' });
    const takeover = await move(bj, 'branchadmin.bj01', { move: 'resetPassword' });
    expect([takeover.statusCode, code(takeover)]).toEqual([403, 'USER_TARGET_NOT_MANAGEABLE']);
  });

  it('the last active head-office system administrator is neither deactivated, demoted nor moved', async () => {
    for (const payload of [
      { move: 'deactivate' },
      { move: 'changeRole', role: 'auditor' },
      { move: 'moveBranch', branchId: await branchId('BJ') },
    ]) {
      const res = await move(ho, 'sysadmin.ho', payload);
      expect([res.statusCode, code(res)]).toEqual([409, 'USER_LAST_ADMIN']);
    }
    const list = await sys.app.inject({ url: '/api/admin/users?q=sysadmin.ho', headers: { cookie: ho } });
    const self = list.json().items.find((u: { username: string }) => u.username === 'sysadmin.ho');
    expect(self.moves.find((m: { move: string }) => m.move === 'deactivate')).toMatchObject({
      allowed: false,
      reason: { code: 'USER_LAST_ADMIN' },
    });
    // With a second one, removing oneself is still refused as a change to oneself.
    const res = await create(ho, {
      username: 'sysadmin.two',
      displayName: '第二管理员',
      role: 'sysAdmin',
      branchId: await branchId('HO'),
    });
    expect(res.statusCode).toBe(201);
    expect(code(await move(ho, 'sysadmin.ho', { move: 'deactivate' }))).toBe('USER_SELF_CHANGE');
    expect((await move(ho, 'sysadmin.two', { move: 'deactivate' })).statusCode).toBe(200);
  });
  it('two head-office administrators removing each other at once leave one (the moves are serialised)', async () => {
    const res = await create(ho, {
      username: 'sysadmin.three',
      displayName: '第三管理员',
      role: 'sysAdmin',
      branchId: await branchId('HO'),
    });
    const temporary = res.json().temporaryPassword as string;
    const three = await sys.login('sysadmin.three', temporary);
    await sys.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: three },
      payload: { currentPassword: temporary, newPassword: 'Third#Admin2026' },
    });
    const answers = await Promise.all([
      move(ho, 'sysadmin.three', { move: 'deactivate' }),
      move(three, 'sysadmin.ho', { move: 'deactivate' }),
    ]);
    // The loser is refused as the last administrator, or finds its own session already ended.
    const [won, lost] = answers.map((a) => a.statusCode).sort();
    expect(won).toBe(200);
    expect([401, 409]).toContain(lost);
    const left = await sys.db
      .selectFrom('users')
      .select('username')
      .where('role', '=', 'sysAdmin')
      .where('active', '=', true)
      .where('branch_id', '=', await branchId('HO'))
      .execute();
    expect(left).toHaveLength(1);
    // Leave sysadmin.ho as the one for the tests below.
    if (left[0]?.username !== 'sysadmin.ho') {
      await sys.db.updateTable('users').set({ active: true }).where('username', '=', 'sysadmin.ho').execute();
      ho = await sys.login('sysadmin.ho');
    }
  });
});

describe('sessions, resets and locks', () => {
  it("a deactivated user's session stops working at once and the account cannot sign in", async () => {
    const cookie = await sys.login('teamlead.bj01');
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await move(bj, 'teamlead.bj01', { move: 'deactivate' })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect(code(await loginRaw('teamlead.bj01', 'Claim@2026'))).toBe('ACCOUNT_DISABLED');
    const id = (await ids()).get('teamlead.bj01') as string;
    const [row] = await auditOf('user.deactivate', id);
    expect(row?.details).toMatchObject({
      before: { active: true },
      after: { active: false },
      sessionsEnded: true,
    });
    expect((await move(bj, 'teamlead.bj01', { move: 'reactivate' })).statusCode).toBe(200);
    expect((await loginRaw('teamlead.bj01', 'Claim@2026')).statusCode).toBe(200);
  });

  it('a reset ends the sessions, voids the old password and forces a change at the next login', async () => {
    const old = await sys.login('claimshandler.bj01');
    const res = await move(bj, 'claimshandler.bj01', { move: 'resetPassword' });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword, user } = res.json();
    expect(user.mustChangePassword).toBe(true);
    expect((await me(old)).statusCode).toBe(401);
    expect((await loginRaw('claimshandler.bj01', 'Claim@2026')).statusCode).toBe(401);
    const fresh = await sys.login('claimshandler.bj01', temporaryPassword);
    expect(code(await sys.app.inject({ url: '/api/cases', headers: { cookie: fresh } }))).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
  });

  it('unlock clears a lockout', async () => {
    for (let i = 0; i < 5; i++) await loginRaw('agent.bj01', 'wrong-password');
    expect((await loginRaw('agent.bj01', 'Claim@2026')).statusCode).toBe(423);
    const list = await sys.app.inject({ url: '/api/admin/users?q=agent.bj01', headers: { cookie: bj } });
    expect(list.json().items[0]).toMatchObject({ username: 'agent.bj01', locked: true });
    expect((await move(bj, 'agent.bj01', { move: 'unlock' })).statusCode).toBe(200);
    expect((await loginRaw('agent.bj01', 'Claim@2026')).statusCode).toBe(200);
  });
});

describe('edits and departments', () => {
  it('edits display name and department with a version, auditing before and after', async () => {
    const id = (await ids()).get('agent.bj') as string;
    const list = await sys.app.inject({ url: '/api/admin/users?q=agent.bj', headers: { cookie: bj } });
    const u = list.json().items.find((x: { id: string }) => x.id === id);
    const patch = (version: number) =>
      sys.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${id}`,
        headers: { cookie: bj },
        payload: { version, displayName: '改名坐席', departmentId: null },
      });
    const ok = await patch(u.version);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: '改名坐席', departmentId: null });
    expect(code(await patch(u.version))).toBe('USER_VERSION_CONFLICT');
    const [row] = await auditOf('user.edit', id);
    expect(row?.details).toMatchObject({
      before: { departmentId: u.departmentId },
      after: { displayName: '改名坐席' },
    });
  });

  it('departments are seeded, read by staff and kept by the system administrator only', async () => {
    const list = await sys.app.inject({ url: '/api/departments', headers: { cookie: bj } });
    expect(
      list
        .json()
        .items.map((d: { code: string }) => d.code)
        .sort(),
    ).toEqual(['claims', 'operations', 'sales', 'service']);
    const add = (cookie: string) =>
      sys.app.inject({
        method: 'POST',
        url: '/api/admin/departments',
        headers: { cookie },
        payload: { code: 'quality', name: '质检部', nameEn: 'Quality' },
      });
    expect((await add(bj)).statusCode).toBe(403);
    const created = await add(ho);
    expect(created.statusCode).toBe(201);
    const renamed = await sys.app.inject({
      method: 'PATCH',
      url: `/api/admin/departments/${created.json().id}`,
      headers: { cookie: ho },
      payload: { version: 0, name: '品质部', active: false },
    });
    expect(renamed.json()).toMatchObject({
      code: 'quality',
      name: { zh: '品质部', en: 'Quality' },
      active: false,
    });
    expect(code(await add(ho))).toBe('DEPARTMENT_CODE_TAKEN');
  });
});

describe('migration 0026 on an installed system', () => {
  it('places existing accounts in the department of their role’s work', async () => {
    const { db, name } = await freshDatabase({ migrated: false });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
      expect((await migrator.migrateTo('0018-claims-board-index')).error).toBeUndefined();
      await sql`
        INSERT INTO branches (id, code, name, name_en, parent_id, path, created_at)
          VALUES ('00000000-0000-4000-8000-000000000001', 'HO', '总公司', 'Head office', NULL, '/HO/', now());
        INSERT INTO users (id, username, display_name, role, branch_id, password_hash, created_at) VALUES
          ('00000000-0000-4000-8000-000000000011', 'old.agent', '老坐席', 'agent', '00000000-0000-4000-8000-000000000001', 'x', now()),
          ('00000000-0000-4000-8000-000000000012', 'old.claims', '老理赔', 'claimsHandler', '00000000-0000-4000-8000-000000000001', 'x', now()),
          ('00000000-0000-4000-8000-000000000013', 'old.auditor', '老审计', 'auditor', '00000000-0000-4000-8000-000000000001', 'x', now());
      `.execute(db);
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const rows = await db
        .selectFrom('users as u')
        .leftJoin('departments as d', 'd.id', 'u.department_id')
        .select(['u.username', 'd.code', 'u.version'])
        .orderBy('u.username')
        .execute();
      expect(rows).toEqual([
        { username: 'old.agent', code: 'service', version: 0 },
        { username: 'old.auditor', code: null, version: 0 },
        { username: 'old.claims', code: 'claims', version: 0 },
      ]);
    } finally {
      await db.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
