import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../src/audit/audit.ts';
import { createIntakeBatcher } from '../src/intake-batch/batcher.ts';
import { takeCaseNumber } from '../src/intake-batch/late-number.ts';
import { complaintBody, tools } from './complaints-support.ts';
import { createCase, type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 19 part 1: batches write their items at the same time on several connections and take their numbers and
 * audit links at their ends (intake-batch/late-number.ts). Numbers stay gap-free and follow the commits, the chain
 * follows the numbers, and no provisional number is left anywhere.
 */

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem({
    demoCases: 0,
    settings: { intakeBatchMs: 5, intakeBatchMax: 10, intakeLanes: 4 },
  });
});
afterAll(() => sys.close());

const seqOf = (n: string) => Number(n.slice(-4));

/** Every text and JSON column of every table that still holds a provisional number. */
const leftovers = async () => {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb')`.execute(
    sys.db,
  );
  const found: string[] = [];
  for (const r of rows) {
    const hit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(r.table_name)}
      WHERE ${sql.ref(r.column_name)}::text LIKE '%~n~%'`.execute(sys.db);
    if ((hit.rows[0]?.n ?? 0) > 0) found.push(`${r.table_name}.${r.column_name}`);
  }
  return found;
};

describe('numbers taken at the end of each batch, batches in parallel', () => {
  it('60 items over 4 lanes, every third failing after it took a number: gap-free, chained in number order', async () => {
    const batcher = createIntakeBatcher(sys.db, { windowMs: 5, maxItems: 8, lanes: 4 });
    const branch = await sys.db
      .selectFrom('branches')
      .select(['id', 'code'])
      .limit(1)
      .executeTakeFirstOrThrow();
    const item = (fail: boolean) =>
      batcher.submit(async (tx) => {
        const number = await takeCaseNumber(tx, {
          caseId: randomUUID(),
          kind: 'suggestion',
          branchId: branch.id,
          branchCode: branch.code,
          day: '2030-01-02',
          at: new Date('2030-01-02T02:00:00Z'),
        });
        await appendAudit(tx, {
          at: new Date(),
          actor: null,
          action: 'case.create',
          objectType: 'case',
          objectId: null,
          result: 'success',
          requestId: 'late-number-test',
          ip: null,
          details: { number },
        });
        if (fail) throw new Error('refused after numbering');
        return number;
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 60 }, (_, i) => item(i % 3 === 1)));
    const taken = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(taken).toHaveLength(40);
    expect(taken.map(seqOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(batcher.stats().batches).toBeGreaterThan(1);
    const rows = await sys.db
      .selectFrom('audit_log')
      .select('details')
      .where('request_id', '=', 'late-number-test')
      .orderBy('id')
      .execute();
    // The chain is linked in number order: a batch links its rows only after it took its numbers.
    const chained = rows.map((r) => seqOf((r.details as { number: string }).number));
    expect(chained).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });

  it('cases and major complaints at once: real numbers everywhere, in answers, replays and notices', async () => {
    const t = tools(sys);
    const agent = await sys.login('agent.bj');
    const keys = Array.from({ length: 6 }, () => randomBytes(8).toString('hex'));
    const group = complaintBody({ channel: 'walkIn', complainantCount: 20, representatives: 3 });
    const res = await Promise.all([
      ...Array.from({ length: 24 }, () => createCase(sys, agent)),
      ...keys.map((k) => t.intake(agent, group, k)),
    ]);
    for (const r of res) expect(r.statusCode, r.body).toBe(201);
    const numbers = res.map((r) => r.json().number as string);
    for (const n of numbers) expect(n).not.toContain('~n~');
    const consultations = numbers
      .slice(0, 24)
      .map(seqOf)
      .sort((a, b) => a - b);
    expect(consultations.at(-1)! - consultations[0]! + 1).toBe(24);
    // A replay answers what the first answer said, number included.
    const again = await t.intake(agent, group, keys[0]);
    expect(again.json().number).toBe(numbers[24]);
    const notices = await sys.db
      .selectFrom('notifications')
      .select(['message_zh', 'case_id'])
      .where(
        'case_id',
        'in',
        res.slice(24).map((r) => r.json().id as string),
      )
      .execute();
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) {
      const i = res.findIndex((r) => r.json().id === n.case_id);
      expect(n.message_zh).toContain(numbers[i]);
    }
    expect(await leftovers()).toEqual([]);
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });
});
