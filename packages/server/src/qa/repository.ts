import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { QaScorecardTable } from '../db/schema.ts';

type Q = Db | Tx;

export const findScorecard = (db: Q, callId: string) =>
  db.selectFrom('qa_scorecards').selectAll().where('call_id', '=', callId).executeTakeFirst();

export const upsertScorecard = (tx: Tx, row: Omit<QaScorecardTable, 'version'>) => {
  const values = { ...row, auto_card: JSON.stringify(row.auto_card), card: JSON.stringify(row.card) };
  return tx
    .insertInto('qa_scorecards')
    .values(values)
    .onConflict((oc) =>
      oc.column('call_id').doUpdateSet({
        agent_id: values.agent_id,
        config_version: values.config_version,
        phrase_version: values.phrase_version,
        auto_card: values.auto_card,
        auto_score: values.auto_score,
        card: values.card,
        score: values.score,
        hit_count: values.hit_count,
        scored_at: values.scored_at,
        version: sql`qa_scorecards.version + 1`,
      }),
    )
    .execute();
};

export const saveReview = async (
  tx: Tx,
  callId: string,
  version: number,
  set: { card: unknown; score: number | null; reviewed_by: string; reviewed_at: Date },
) =>
  (
    await tx
      .updateTable('qa_scorecards')
      .set({ ...set, card: JSON.stringify(set.card), version: sql`version + 1` })
      .where('call_id', '=', callId)
      .where('version', '=', version)
      .returning('call_id')
      .execute()
  ).length === 1;

export const insertReview = (
  tx: Tx,
  row: {
    id: string;
    call_id: string;
    reviewer_id: string;
    at: Date;
    overrides: unknown;
    score_before: number | null;
    score_after: number | null;
  },
) =>
  tx
    .insertInto('qa_reviews')
    .values({ ...row, overrides: JSON.stringify(row.overrides) })
    .execute();

export const reviewsOf = (db: Q, callId: string) =>
  db
    .selectFrom('qa_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .select([
      'r.id',
      'r.at',
      'r.overrides',
      'r.score_before',
      'r.score_after',
      'u.display_name as reviewer_name',
    ])
    .where('r.call_id', '=', callId)
    .orderBy('r.at')
    .execute();

/** Per agent of the scope: scored calls, mean score, forbidden-phrase hits, reviewed cards, calls in 3 rings. */
export const agentSummary = (db: Q, scope: string[], from: Date, to: Date) =>
  db
    .selectFrom('qa_scorecards as s')
    .innerJoin('calls as c', 'c.id', 's.call_id')
    .innerJoin('users as u', 'u.id', 's.agent_id')
    .select([
      'u.id as agent_id',
      'u.display_name',
      'u.agent_no',
      sql<number>`count(*)::int`.as('calls'),
      sql<number | null>`round(avg(s.score)::numeric, 1)::float8`.as('avg_score'),
      sql<number>`sum(s.hit_count)::int`.as('hits'),
      sql<number>`count(s.reviewed_at)::int`.as('reviewed'),
      sql<number | null>`round(100.0 * avg(CASE WHEN c.answered_within_rings THEN 1 ELSE 0 END)
        FILTER (WHERE c.answered_within_rings IS NOT NULL), 1)::float8`.as('within_rings_pct'),
    ])
    .where('s.branch_id', 'in', scope)
    .where('c.ring_started_at', '>=', from)
    .where('c.ring_started_at', '<=', to)
    .groupBy(['u.id', 'u.display_name', 'u.agent_no'])
    .orderBy('avg_score', 'asc')
    .execute();

/** Daily mean score in Beijing time, for one agent or the whole scope. */
export const dailyTrend = (db: Q, scope: string[], from: Date, to: Date, agentId?: string) => {
  const day = sql<string>`to_char(c.ring_started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
  let q = db
    .selectFrom('qa_scorecards as s')
    .innerJoin('calls as c', 'c.id', 's.call_id')
    .select([
      day.as('day'),
      sql<number>`count(*)::int`.as('calls'),
      sql<number | null>`round(avg(s.score)::numeric, 1)::float8`.as('avg_score'),
      sql<number>`sum(s.hit_count)::int`.as('hits'),
    ])
    .where('s.branch_id', 'in', scope)
    .where('c.ring_started_at', '>=', from)
    .where('c.ring_started_at', '<=', to);
  if (agentId) q = q.where('s.agent_id', '=', agentId);
  return q.groupBy(day).orderBy(day).execute();
};
