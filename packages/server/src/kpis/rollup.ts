import { COUNTER_NAMES, type CounterName } from '@claimline/domain/kpis';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

type Q = Db | Tx;

/** What belongs to no agent (a call that rang and was never offered to anyone) is kept under the nil uuid. */
export const NO_AGENT = '00000000-0000-0000-0000-000000000000';

/** kpi_agent_days column of a counter: callsAnsweredInRings → calls_answered_in_rings. */
export const columnOf = (n: CounterName) => n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Business cases for the business success rate (seed 002 §三(三): 退保, 批改, 理赔申请). */
const BUSINESS_KINDS = `('surrender','endorsement','claimApplication')`;

/** A day's instants: [00:00, 24:00) Beijing time. */
const DAY_RANGE = (col: string) =>
  `${col} >= (d.day::timestamp AT TIME ZONE 'Asia/Shanghai') AND ${col} < ((d.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/**
 * Each source: the rows it reads for one dirty (branch, day) `d`, its agent, and the counters it fills. The same
 * rules as domain/kpis (callCounters for calls); the pg tests hold the two to the same answers.
 */
const SOURCES: {
  from: string;
  where: string;
  agent: string;
  counters: Partial<Record<CounterName, string>>;
}[] = [
  {
    from: 'calls c',
    where: `c.branch_id = d.branch_id AND ${DAY_RANGE('c.ring_started_at')} AND c.direction = 'inbound'`,
    agent: 'c.agent_id',
    counters: {
      callsOffered: 'count(*)',
      callsAnswered: 'count(c.answered_at)',
      callsAnsweredInRings: 'count(*) FILTER (WHERE c.answered_within_rings)',
      callsAbandoned: 'count(*) FILTER (WHERE c.answered_at IS NULL)',
      answerWaitMs:
        'coalesce(sum(greatest(0, extract(epoch FROM c.answered_at - c.ring_started_at) * 1000)), 0)::bigint',
      callsHandled: 'count(*) FILTER (WHERE c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL)',
      handleMs:
        'coalesce(sum(greatest(0, extract(epoch FROM c.ended_at - c.answered_at) * 1000)) FILTER (WHERE c.answered_at IS NOT NULL), 0)::bigint',
    },
  },
  {
    from: 'calls c JOIN qa_scorecards s ON s.call_id = c.id',
    where: `c.branch_id = d.branch_id AND ${DAY_RANGE('c.ring_started_at')}`,
    agent: 'coalesce(s.agent_id, c.agent_id)',
    counters: {
      qaScored: 'count(s.score)',
      qaScoreSum: 'coalesce(sum(s.score), 0)',
      phraseHits: 'coalesce(sum(s.hit_count), 0)',
    },
  },
  {
    from: 'cases k LEFT JOIN claim_applications ca ON ca.case_id = k.id',
    where: `k.branch_id = d.branch_id AND ${DAY_RANGE('k.created_at')}`,
    agent: 'k.owner_id',
    counters: {
      casesOpened: 'count(*)',
      casesOpenedResolved: 'count(k.resolved_at)',
      businessOpened: `count(*) FILTER (WHERE k.kind IN ${BUSINESS_KINDS})`,
      businessSucceeded: `count(*) FILTER (WHERE k.kind IN ${BUSINESS_KINDS} AND k.resolved_at IS NOT NULL
        AND ca.state IS DISTINCT FROM 'refused')`,
    },
  },
  {
    from: 'cases k',
    where: `k.branch_id = d.branch_id AND k.resolved_at IS NOT NULL AND ${DAY_RANGE('k.resolved_at')}`,
    agent: 'k.owner_id',
    counters: {
      casesResolved: 'count(k.first_contact_resolution)',
      casesResolvedFirstContact: 'count(*) FILTER (WHERE k.first_contact_resolution)',
    },
  },
  {
    from: 'complaints p JOIN cases k ON k.id = p.case_id',
    where: `k.branch_id = d.branch_id AND p.decided_at IS NOT NULL AND ${DAY_RANGE('p.decided_at')}`,
    agent: 'k.owner_id',
    counters: {
      complaintsDecided: 'count(*)',
      complaintsDecidedOnTime: `count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM deadlines dl WHERE dl.case_id = k.id
        AND dl.rule_id = 'complaint-decision' AND dl.breached_at IS NOT NULL AND dl.breached_at <= p.decided_at))`,
    },
  },
  {
    from: 'complaints p JOIN cases k ON k.id = p.case_id',
    where: `k.branch_id = d.branch_id AND p.callback_at IS NOT NULL AND p.callback_score IS NOT NULL
      AND ${DAY_RANGE('p.callback_at')}`,
    agent: 'k.owner_id',
    counters: {
      callbacks: 'count(*)',
      callbacksSatisfied: 'count(*) FILTER (WHERE p.callback_score >= $SATISFIED)',
    },
  },
];

const COLUMNS = COUNTER_NAMES.map(columnOf);

/** One SELECT per source, every counter column present (0 where the source fills none), then summed. */
const aggregateSql = (satisfiedFromScore: number) => {
  const parts = SOURCES.map((s) => {
    const cols = COUNTER_NAMES.map(
      (n) => `${(s.counters[n] ?? '0').replace('$SATISFIED', String(satisfiedFromScore))} AS ${columnOf(n)}`,
    );
    // LATERAL: each stale (branch, day) reads its own rows through the (branch, time) indexes, never a whole branch.
    return `SELECT d.branch_id, x.agent_id, d.day, ${COLUMNS.map((c) => `x.${c}`).join(', ')}
      FROM dirty d CROSS JOIN LATERAL (
        SELECT coalesce(${s.agent}, '${NO_AGENT}'::uuid) AS agent_id, ${cols.join(', ')}
          FROM ${s.from} WHERE ${s.where} GROUP BY 1) x`;
  });
  return `SELECT branch_id, agent_id, day, ${COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')}
    FROM (${parts.join('\n UNION ALL ')}) u GROUP BY 1, 2, 3`;
};

/**
 * Recomputes the counters of the given (branch, day) pairs from the raw rows: delete, then insert the sums. Set-
 * based: one statement for every pair.
 */
export const recompute = async (
  tx: Tx,
  pairs: readonly { branch_id: string; day: string }[],
  satisfiedFromScore: number,
) => {
  if (pairs.length === 0) return;
  const branches = pairs.map((p) => p.branch_id);
  const days = pairs.map((p) => p.day);
  const dirty = sql`dirty AS (SELECT * FROM unnest(${branches}::uuid[], ${days}::date[]) AS t(branch_id, day))`;
  await sql`WITH ${dirty} DELETE FROM kpi_agent_days k USING dirty
    WHERE k.branch_id = dirty.branch_id AND k.day = dirty.day`.execute(tx);
  await sql`WITH ${dirty} INSERT INTO kpi_agent_days (branch_id, agent_id, day, ${sql.raw(COLUMNS.join(', '))})
    ${sql.raw(aggregateSql(satisfiedFromScore))}`.execute(tx);
};

/** Takes up to `limit` stale pairs off the list; SKIP LOCKED lets several nodes refresh side by side. */
export const claimDirty = async (tx: Tx, limit: number) =>
  (
    await sql<{ branch_id: string; day: string }>`
      DELETE FROM kpi_dirty_days WHERE (branch_id, day) IN (
        SELECT branch_id, day FROM kpi_dirty_days ORDER BY day, branch_id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING branch_id, to_char(day, 'YYYY-MM-DD') AS day`.execute(tx)
  ).rows;

export const dirtyCount = async (q: Q) =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM kpi_dirty_days`.execute(q)).rows[0]?.n ?? 0);
