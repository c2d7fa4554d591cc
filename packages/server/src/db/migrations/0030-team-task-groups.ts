import { type Kysely, sql } from 'kysely';

/**
 * Issue #20 part 4: a task given to a whole team (seed 002 §二(二) 组长 "分配工作任务"). Each member gets their own task
 * (done and confirmed one by one, each on its own clock); the shared group id and the team's branch tie them together
 * so the giver sees the team's progress.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE team_tasks ADD COLUMN group_id uuid;
    ALTER TABLE team_tasks ADD COLUMN team_branch_id uuid REFERENCES branches(id);
    CREATE INDEX team_tasks_group ON team_tasks(group_id) WHERE group_id IS NOT NULL;
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE team_tasks DROP COLUMN team_branch_id;
    ALTER TABLE team_tasks DROP COLUMN group_id;
  `.execute(db);
};
