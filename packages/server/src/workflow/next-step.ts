import { CUSTOMER_LABEL, type NextStep, NOBODY_LABEL, QUEUE_ROLE_LABELS } from '@claimline/domain/next-actor';
import type { Label } from '@claimline/domain/workflow';
import type { Db, Tx } from '../db/database.ts';

/** The next step as a detail answer carries it: words for people (names, role and action labels), never codes. */
export type NextStepView = {
  actor: { kind: 'person' | 'role' | 'customer' | 'nobody'; userId: string | null; label: Label };
  action: { event: string | null; label: Label };
  viewerActs: boolean;
  routedTo: { id: string; name: string } | null;
};

const namesOf = async (q: Db | Tx, ids: string[]) => {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await q.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
};

/** Names the person of a step (and the routed handler) from the staff directory; a staff name is not sealed. */
export const nextStepView = async (q: Db | Tx, s: NextStep): Promise<NextStepView> => {
  const personId = s.actor.kind === 'person' ? s.actor.userId : null;
  const names = await namesOf(
    q,
    [personId, s.routedTo].filter((x): x is string => x !== null),
  );
  const named = (id: string) => names.get(id) ?? '';
  const label: Label =
    s.actor.kind === 'person'
      ? { zh: named(s.actor.userId), en: named(s.actor.userId) }
      : s.actor.kind === 'role'
        ? QUEUE_ROLE_LABELS[s.actor.role]
        : s.actor.kind === 'customer'
          ? CUSTOMER_LABEL
          : NOBODY_LABEL;
  return {
    actor: { kind: s.actor.kind, userId: personId, label },
    action: { event: s.event, label: s.action },
    viewerActs: s.viewerActs,
    routedTo: s.routedTo ? { id: s.routedTo, name: named(s.routedTo) } : null,
  };
};
