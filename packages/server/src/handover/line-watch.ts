import { randomUUID } from 'node:crypto';
import type { Role } from '@claimline/domain/access';
import { abandonRate, busyLineStep, type LineSample } from '@claimline/domain/duty';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { branchLeads, notifyPeople } from '../notifications/people.ts';
import { DUTY_PRESENCE_SETTINGS } from './settings.ts';

/** seed 000 第二条: the duty lead (值班长) adds staff; team leads, supervisors and the service manager are told. */
const BUSY_LINE_ROLES: readonly Role[] = ['teamLead', 'supervisor', 'serviceManager'];

type BranchSample = LineSample & { branchId: string; branchName: string };

/**
 * Each branch's line from the call records: inbound calls ringing now (a ring older than the stale limit lost its
 * end event and is no queued caller), and the calls offered and abandoned in the window. Branches with an open
 * episode are read too, so a line that went quiet is seen calm and cleared.
 */
const lineSamples = async (db: Db | Tx, now: Date): Promise<BranchSample[]> => {
  const s = DUTY_PRESENCE_SETTINGS;
  const from = new Date(now.getTime() - s.busyLine.windowMinutes * 60_000);
  const stale = new Date(now.getTime() - s.ringingStaleMinutes * 60_000);
  const since = from < stale ? from : stale;
  const rows = await sql<{
    branch_id: string;
    name: string;
    queued: number;
    offered: number;
    abandoned: number;
  }>`
    SELECT b.id AS branch_id, b.name, x.queued, x.offered, x.abandoned
      FROM branches b
      -- Per branch, on the (branch_id, ring_started_at) index: a few hundred branches, never the whole call log.
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE c.state = 'ringing' AND c.ring_started_at > ${stale})::int AS queued,
               count(*) FILTER (WHERE c.ring_started_at > ${from})::int AS offered,
               count(*) FILTER (WHERE c.ring_started_at > ${from} AND c.answered_at IS NULL
                                  AND c.ended_at IS NOT NULL)::int AS abandoned
          FROM calls c
         WHERE c.branch_id = b.id AND c.direction = 'inbound'
           AND c.ring_started_at > ${since} AND c.ring_started_at <= ${now}
      ) x
     WHERE x.queued + x.offered > 0
        OR EXISTS (SELECT 1 FROM duty_busy_line_episodes e WHERE e.branch_id = b.id AND e.cleared_at IS NULL)
     ORDER BY b.path`.execute(db);
  return rows.rows.map((r) => ({
    branchId: r.branch_id,
    branchName: r.name,
    queued: r.queued,
    offered: r.offered,
    abandoned: r.abandoned,
  }));
};

const pct = (s: LineSample) => Math.round(abandonRate(s) * 100);

/** Raises one branch's alert: the episode row first (the partial unique index lets only one be open), then notices. */
const raise = async (tx: Tx, s: BranchSample, now: Date) => {
  const id = randomUUID();
  const inserted = await tx
    .insertInto('duty_busy_line_episodes')
    .values({
      id,
      branch_id: s.branchId,
      raised_at: now,
      cleared_at: null,
      queued: s.queued,
      offered: s.offered,
      abandoned: s.abandoned,
      peak_queued: s.queued,
      notified: 0,
    })
    .onConflict((oc) => oc.column('branch_id').where('cleared_at', 'is', null).doNothing())
    .returning('id')
    .execute();
  if (inserted.length === 0) return false;
  const leads = await branchLeads(tx, s.branchId, BUSY_LINE_ROLES);
  const notified = await notifyPeople(
    tx,
    leads.map((l) => l.id),
    {
      kind: 'warn',
      zh: `${s.branchName}专线繁忙：排队 ${s.queued} 通，近 ${DUTY_PRESENCE_SETTINGS.busyLine.windowMinutes} 分钟放弃率 ${pct(s)}%，请及时增加人员（值班制度第二条、第七条）`,
      en: `${s.branchName} line busy: ${s.queued} queued, ${pct(s)} % abandoned in the last ${DUTY_PRESENCE_SETTINGS.busyLine.windowMinutes} min; add staff (duty rules art. 2, 7)`,
      now,
    },
  );
  await tx.updateTable('duty_busy_line_episodes').set({ notified }).where('id', '=', id).execute();
  await appendAudit(tx, {
    at: now,
    actor: null,
    action: 'duty.busyLine.raise',
    objectType: 'dutyBusyLine',
    objectId: id,
    result: 'success',
    requestId: null,
    ip: null,
    details: { branchId: s.branchId, queued: s.queued, offered: s.offered, abandoned: s.abandoned, notified },
  });
  return true;
};

const clear = async (tx: Tx, s: BranchSample, now: Date) => {
  const done = await tx
    .updateTable('duty_busy_line_episodes')
    .set({ cleared_at: now })
    .where('branch_id', '=', s.branchId)
    .where('cleared_at', 'is', null)
    .returning('id')
    .execute();
  for (const e of done)
    await appendAudit(tx, {
      at: now,
      actor: null,
      action: 'duty.busyLine.clear',
      objectType: 'dutyBusyLine',
      objectId: e.id,
      result: 'success',
      requestId: null,
      ip: null,
      details: { branchId: s.branchId, queued: s.queued, offered: s.offered, abandoned: s.abandoned },
    });
  return done.length > 0;
};

export type LineWatchResult = { raised: number; cleared: number };

/**
 * One look at every branch's line (run by the deadline sweeper each tick): raise the alert of a busy line without
 * one, clear the one of a calm line, keep the peak queue of an open one. Safe on several nodes at once.
 */
export const watchBusyLines = async (db: Db, now: Date): Promise<LineWatchResult> => {
  const result = { raised: 0, cleared: 0 };
  const samples = await lineSamples(db, now);
  for (const s of samples)
    await db.transaction().execute(async (tx) => {
      const open = await tx
        .selectFrom('duty_busy_line_episodes')
        .select(['id', 'peak_queued'])
        .where('branch_id', '=', s.branchId)
        .where('cleared_at', 'is', null)
        .forUpdate()
        .executeTakeFirst();
      const step = busyLineStep(open !== undefined, s, DUTY_PRESENCE_SETTINGS.busyLine);
      if (step === 'raise' && (await raise(tx, s, now))) result.raised += 1;
      if (step === 'clear' && (await clear(tx, s, now))) result.cleared += 1;
      if (step === 'stay' && open && s.queued > open.peak_queued)
        await tx
          .updateTable('duty_busy_line_episodes')
          .set({ peak_queued: s.queued })
          .where('id', '=', open.id)
          .execute();
    });
  return result;
};

/** The open busy-line alerts of a scope, for the presence wall's banner. */
export const openBusyLines = (db: Db | Tx, scope: readonly string[]) =>
  db
    .selectFrom('duty_busy_line_episodes as e')
    .innerJoin('branches as b', 'b.id', 'e.branch_id')
    .select([
      'e.id',
      'e.branch_id',
      'b.code as branch_code',
      'b.name',
      'b.name_en',
      'e.raised_at',
      'e.queued',
      'e.offered',
      'e.abandoned',
      'e.peak_queued',
    ])
    .where('e.branch_id', 'in', [...scope])
    .where('e.cleared_at', 'is', null)
    .orderBy('e.raised_at')
    .execute();
