import type { TimelineEventType } from '@claimline/domain/cases';
import type { Tx } from '../db/database.ts';

/** One event on a case's timeline; the type must be registered (with its zh/en label) to compile. */
export const insertEvent = (
  tx: Tx,
  e: {
    case_id: string;
    at: Date;
    actor_id: string;
    type: TimelineEventType;
    note: string | null;
    data?: unknown;
  },
) =>
  tx
    .insertInto('case_events')
    .values({ ...e, data: JSON.stringify(e.data ?? {}) })
    .execute();

/** An event the system writes itself (a deadline warned or escalated): no actor, no note. */
export const insertSystemEvent = (
  tx: Tx,
  e: { case_id: string; at: Date; type: TimelineEventType; data: Record<string, unknown> },
) =>
  tx
    .insertInto('case_events')
    .values({ ...e, actor_id: null, note: null, data: JSON.stringify(e.data) })
    .execute();
