import type { Db } from '../db/database.ts';
import type { Actor } from '../http/context.ts';

/** The audit page's scope and filters, shared by the page and its export (export/lists/audit.ts). */
export const auditListBase = (
  db: Db,
  actor: Pick<Actor, 'branchPath' | 'scope'>,
  q: { action?: string | undefined; actorId?: string | undefined; objectId?: string | undefined },
) => {
  // Branch scope applies to the audit trail too: below head office, only the actions of one's own subtree.
  const isTop = actor.branchPath.split('/').filter(Boolean).length === 1;
  let base = db.selectFrom('audit_log');
  if (!isTop) {
    base = base.where(
      'actor_id',
      'in',
      db.selectFrom('users').select('id').where('branch_id', 'in', actor.scope),
    );
  }
  if (q.action) base = base.where('action', '=', q.action);
  if (q.actorId) base = base.where('actor_id', '=', q.actorId);
  if (q.objectId) base = base.where('object_id', '=', q.objectId);
  return base;
};
