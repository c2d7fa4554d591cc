import type { Db, Tx } from '../db/database.ts';
import { readSettingRow, writeVersionedSetting } from '../db/versioned-setting.ts';
import { COMPLAINT_RULES_SETTING, DECISION_RULE_ID } from './rules.ts';

type Q = Db | Tx;

export const readComplaintRulesRow = (q: Q, forUpdate = false) =>
  readSettingRow(q, COMPLAINT_RULES_SETTING, forUpdate);

export const writeComplaintRulesRow = (tx: Tx, value: unknown, baseVersion: number, now: Date) =>
  writeVersionedSetting(tx, COMPLAINT_RULES_SETTING, value, baseVersion, now);

/** The deadline rule that times the decision: its unit and amount are the clock's unit and base days. */
export const decisionDeadlineRule = (q: Q) =>
  q
    .selectFrom('deadline_rules')
    .select(['id', 'unit', 'amount', 'source', 'calendar_id'])
    .where('id', '=', DECISION_RULE_ID)
    .executeTakeFirst();

/** Running deadlines keep their snapshot (deadlines/service.ts), so this moves only the next complaints'. */
export const updateDecisionDeadlineRule = (
  tx: Tx,
  set: { unit: string; amount: number; calendarId: string | null },
  now: Date,
) =>
  tx
    .updateTable('deadline_rules')
    .set({ unit: set.unit, amount: set.amount, calendar_id: set.calendarId, updated_at: now })
    .where('id', '=', DECISION_RULE_ID)
    .executeTakeFirst();

// ---- routing rules (complaint_routing_rules) ----

const routingSelect = (q: Q) =>
  q
    .selectFrom('complaint_routing_rules as r')
    .leftJoin('branches as b', 'b.id', 'r.branch_id')
    .leftJoin('users as u', 'u.id', 'r.assignee_id')
    .select([
      'r.id',
      'r.branch_id',
      'b.path as branch_path',
      'b.name as branch_name',
      'b.name_en as branch_name_en',
      'r.product',
      'r.category',
      'r.assignee_id',
      'u.display_name as assignee_name',
      'r.priority',
      'r.active',
      'r.updated_at',
    ]);

export const listRoutingRules = (q: Q) => routingSelect(q).orderBy('r.priority').orderBy('r.id').execute();
export type RoutingRuleRow = Awaited<ReturnType<typeof listRoutingRules>>[number];

export const findRoutingRule = (q: Q, id: string, forUpdate = false) => {
  const query = routingSelect(q).where('r.id', '=', id);
  return (forUpdate ? query.forUpdate('r') : query).executeTakeFirst();
};

export type RoutingRuleValues = {
  branch_id: string | null;
  product: string | null;
  category: string | null;
  assignee_id: string | null;
  priority: number;
  active: boolean;
};

/** Inserts unless the id is taken; false when it is. */
export const insertRoutingRule = async (tx: Tx, id: string, v: RoutingRuleValues, now: Date) =>
  (await tx
    .insertInto('complaint_routing_rules')
    .values({ id, ...v, updated_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst()) !== undefined;

export const updateRoutingRule = (tx: Tx, id: string, v: RoutingRuleValues, now: Date) =>
  tx
    .updateTable('complaint_routing_rules')
    .set({ ...v, updated_at: now })
    .where('id', '=', id)
    .execute();

export const deleteRoutingRule = (tx: Tx, id: string) =>
  tx.deleteFrom('complaint_routing_rules').where('id', '=', id).execute();

export const branchById = (q: Q, id: string) =>
  q.selectFrom('branches').select(['id', 'path', 'name']).where('id', '=', id).executeTakeFirst();

export const userForRouting = (q: Q, id: string) =>
  q
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.role', 'u.active', 'u.display_name', 'b.path as branch_path'])
    .where('u.id', '=', id)
    .executeTakeFirst();

export const rootBranchPath = async (q: Q) =>
  (
    await q
      .selectFrom('branches')
      .select('path')
      .where('parent_id', 'is', null)
      .orderBy('path')
      .executeTakeFirst()
  )?.path ?? '/';

export const countRoutingRules = async (q: Q) =>
  Number(
    (
      await q
        .selectFrom('complaint_routing_rules')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
