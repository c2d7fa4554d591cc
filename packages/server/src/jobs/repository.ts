import type { EscalationStep } from '@claimline/domain/deadlines';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';

/**
 * Who a step of the chain reaches for a case: the owner, or every active holder of the role at the nearest
 * branch at or above the case's branch that has one (a sub-branch without a supervisor goes to its branch's).
 */
export const recipientsFor = async (
  tx: Tx,
  step: EscalationStep,
  c: { owner_id: string; branch_path: string },
): Promise<{ id: string; name: string }[]> => {
  if (step === 'owner') {
    const owner = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', '=', c.owner_id)
      .executeTakeFirst();
    return owner ? [{ id: owner.id, name: owner.display_name }] : [];
  }
  const rows = await sql<{ id: string; name: string; depth: number }>`
    SELECT u.id, u.display_name AS name, length(b.path) AS depth
      FROM users u JOIN branches b ON b.id = u.branch_id
     WHERE u.role = ${step} AND u.active AND ${c.branch_path} LIKE b.path || '%'
     ORDER BY length(b.path) DESC, u.username`.execute(tx);
  const nearest = rows.rows[0]?.depth;
  return rows.rows.filter((r) => r.depth === nearest).map((r) => ({ id: r.id, name: r.name }));
};
