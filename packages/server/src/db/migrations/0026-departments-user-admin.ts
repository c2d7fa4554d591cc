import { type Kysely, sql } from 'kysely';

/**
 * Issue 18 part 1: departments (客服、理赔、运营、销售 …) as an organisation dimension, each user in one, and an
 * optimistic version on users for the administration screen. The seeded codes are those of
 * domain/users/departments.ts; existing accounts are placed by the work of their role (DEFAULT_DEPARTMENT_BY_ROLE).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE departments (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-zA-Z0-9]{1,23}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
      name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 60),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version integer NOT NULL DEFAULT 0
    );
    INSERT INTO departments (id, code, name, name_en, created_at, updated_at) VALUES
      (gen_random_uuid(), 'service', '客服部', 'Customer service', now(), now()),
      (gen_random_uuid(), 'claims', '理赔部', 'Claims', now(), now()),
      (gen_random_uuid(), 'operations', '运营部', 'Operations', now(), now()),
      (gen_random_uuid(), 'sales', '销售部', 'Sales', now(), now());
    ALTER TABLE users ADD COLUMN department_id uuid REFERENCES departments(id);
    ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 0;
    CREATE INDEX users_department ON users(department_id);
    UPDATE users u SET department_id = d.id FROM departments d
      WHERE u.department_id IS NULL AND d.code = CASE
        WHEN u.role IN ('agent','teamLead','supervisor','serviceManager') THEN 'service'
        WHEN u.role = 'claimsHandler' THEN 'claims'
        WHEN u.role IN ('branchAdmin','headOffice','sysAdmin') THEN 'operations'
      END;
  `.execute(db);
};
