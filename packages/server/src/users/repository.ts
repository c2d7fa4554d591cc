import type { Role } from '@claimline/domain/access';
import { DEFAULT_DEPARTMENT_BY_ROLE } from '@claimline/domain/users';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { UserTable } from '../db/schema.ts';

type Q = Db | Tx;

const adminColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.agent_no',
  'u.role',
  'u.branch_id',
  'u.department_id',
  'u.active',
  'u.must_change_password',
  'u.failed_logins',
  'u.locked_until',
  'u.version',
  'u.created_at',
  'b.name as branch_name',
  'b.name_en as branch_name_en',
  'b.path as branch_path',
  'd.name as department_name',
  'd.name_en as department_name_en',
] as const;

const usersWithBranch = (db: Q) =>
  db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .leftJoin('departments as d', 'd.id', 'u.department_id');

export type AdminUserFilter = {
  branchId?: string | undefined;
  role?: string | undefined;
  departmentId?: string | undefined;
  active?: 'true' | 'false' | undefined;
  q?: string | undefined;
};

/** Every account in the administrator's subtree, inactive ones included (they can be reactivated). */
export const listManagedUsers = (db: Q, scope: string[], f: AdminUserFilter) => {
  let q = usersWithBranch(db).select(adminColumns).where('u.branch_id', 'in', scope);
  if (f.branchId) q = q.where('u.branch_id', '=', f.branchId);
  if (f.role) q = q.where('u.role', '=', f.role);
  if (f.departmentId) q = q.where('u.department_id', '=', f.departmentId);
  if (f.active) q = q.where('u.active', '=', f.active === 'true');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('u.username', 'ilike', like),
        eb('u.display_name', 'ilike', like),
        eb('u.agent_no', '=', f.q ?? ''),
      ]),
    );
  }
  return q.orderBy('b.path').orderBy('u.username').limit(1000).execute();
};

export type ManagedUserRow = Awaited<ReturnType<typeof listManagedUsers>>[number];

/** One account within the scope, locked for a change when asked; undefined outside it (no existence leak). */
export const findManagedUser = (db: Q, id: string, scope: string[], forUpdate = false) => {
  const q = usersWithBranch(db).select(adminColumns).where('u.id', '=', id).where('u.branch_id', 'in', scope);
  return (forUpdate ? q.forUpdate('u') : q).executeTakeFirst();
};

/** One lock for every administration move, so two moves cannot each leave "another" head-office admin. */
const USER_ADMIN_LOCK = 7_250_018;
export const lockUserAdministration = (tx: Tx) =>
  sql`SELECT pg_advisory_xact_lock(${USER_ADMIN_LOCK})`.execute(tx);

export const rootBranch = (db: Q) =>
  db.selectFrom('branches').select(['id', 'path']).where('parent_id', 'is', null).executeTakeFirstOrThrow();

export const countActiveHeadOfficeSysAdmins = async (tx: Q, rootId: string) =>
  Number(
    (
      await tx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('role', '=', 'sysAdmin')
        .where('active', '=', true)
        .where('branch_id', '=', rootId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const branchInScope = (db: Q, id: string, scope: string[]) =>
  db
    .selectFrom('branches')
    .select(['id', 'path', 'name'])
    .where('id', '=', id)
    .where('id', 'in', scope)
    .executeTakeFirst();

export const activeDepartment = (db: Q, id: string) =>
  db
    .selectFrom('departments')
    .select(['id', 'code', 'name'])
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();

export const usernameTaken = async (db: Q, username: string) =>
  (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !==
  undefined;

export const insertUser = (tx: Tx, row: Insertable<UserTable>) =>
  tx.insertInto('users').values(row).execute();

type UserPatch = Omit<Updateable<UserTable>, 'id' | 'version' | 'created_at'>;

/** Versioned when the screen sent the version it saw; false when someone changed the row in between. */
export const updateUser = async (tx: Tx, id: string, version: number | undefined, set: UserPatch) => {
  let q = tx
    .updateTable('users')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id);
  if (version !== undefined) q = q.where('version', '=', version);
  return (await q.returning('id').executeTakeFirst()) !== undefined;
};

export const defaultDepartmentId = async (db: Q, role: Role) => {
  const code = DEFAULT_DEPARTMENT_BY_ROLE[role];
  if (code === null) return null;
  const d = await db
    .selectFrom('departments')
    .select('id')
    .where('code', '=', code)
    .where('active', '=', true)
    .executeTakeFirst();
  return d?.id ?? null;
};

/** Places accounts without a department by the work of their role (domain DEFAULT_DEPARTMENT_BY_ROLE). */
export const assignDefaultDepartments = async (tx: Q) => {
  for (const [role, code] of Object.entries(DEFAULT_DEPARTMENT_BY_ROLE)) {
    if (code === null) continue;
    await tx
      .updateTable('users')
      .set({ department_id: (eb) => eb.selectFrom('departments').select('id').where('code', '=', code) })
      .where('role', '=', role)
      .where('department_id', 'is', null)
      .execute();
  }
};
