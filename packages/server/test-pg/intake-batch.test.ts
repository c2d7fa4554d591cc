import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../src/audit/audit.ts';
import { nextSequence } from '../src/cases/repository.ts';
import { createIntakeBatcher } from '../src/intake-batch/batcher.ts';
import { intakeBatcherOf } from '../src/intake-batch/index.ts';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 19 part 1: numbered intakes arriving together are written in one transaction. What must hold whatever the
 * batching: numbers gap-free and in order, the audit chain whole, idempotency keys honoured, a bad request failing
 * alone.
 */

let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  // A wide window so the concurrent requests below surely share batches.
  sys = await testSystem({ demoCases: 0, settings: { intakeBatchMs: 20, intakeBatchMax: 50 } });
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

const seqOf = (n: string) => Number(n.slice(-4));

const post = (url: string, payload: object, key = randomBytes(8).toString('hex')) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie: agent, 'idempotency-key': key }, payload });

describe('group-committed intake', () => {
  it('40 concurrent cases share batches, get gap-free numbers and one linked audit row each', async () => {
    const before = intakeBatcherOf(sys.deps)?.stats() ?? { batches: 0, items: 0, largest: 0 };
    const res = await Promise.all(Array.from({ length: 40 }, () => createCase(sys, agent)));
    for (const r of res) expect(r.statusCode, r.body).toBe(201);
    const after = intakeBatcherOf(sys.deps)?.stats();
    expect(after?.largest).toBeGreaterThan(1);
    expect((after?.batches ?? 0) - before.batches).toBeLessThan(40);
    const numbers = res.map((r) => r.json().number as string).sort();
    const seqs = numbers.map(seqOf);
    expect(new Set(seqs).size).toBe(40);
    expect(Math.max(...seqs) - Math.min(...seqs)).toBe(39);
    const audits = await sys.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('action', '=', 'case.create')
      .execute();
    const ids = new Set(audits.map((a) => a.object_id));
    for (const r of res) expect(ids.has(r.json().id)).toBe(true);
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });

  it('a bad request in a batch fails alone over HTTP: its neighbours answer 201, it its own 4xx', async () => {
    // A claim report whose look-up does not exist is refused inside the write, between two good cases.
    const bad = post('/api/claim-reports', {
      lookupId: '00000000-0000-4000-8000-000000000000',
      policyId: '00000000-0000-4000-8000-000000000000',
      channel: 'phone',
      occurredAt: '2026-11-22T06:00:00+08:00',
      place: '北京市朝阳区建国路',
      cause: 'collision',
      course: '追尾',
      injuryDegree: 'none',
      measures: '已报交警',
      currentState: '可以行驶',
      reporterName: '李明',
      reporterPhone: '13800138000',
      reporterRelation: 'self',
      confirmDistinctFrom: [],
    });
    const res = await Promise.all([createCase(sys, agent), bad, createCase(sys, agent)]);
    expect(res.map((r) => r.statusCode)).toEqual([201, 404, 201]);
  });

  it('an item failing after it took its number gives the number back; the others stay gap-free and chained', async () => {
    // One lane: a number taken inside an item (not at the batch's end) keeps strict arrival order only there.
    const batcher = createIntakeBatcher(sys.db, { windowMs: 20, maxItems: 50, lanes: 1 });
    const day = '2030-01-01';
    const branch = (await sys.db.selectFrom('branches').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const item = (fail: boolean) =>
      batcher.submit(async (tx) => {
        const seq = await nextSequence(tx, 'suggestion', branch, day);
        await appendAudit(tx, {
          at: new Date(),
          actor: null,
          action: 'case.create',
          objectType: 'case',
          objectId: null,
          result: 'success',
          requestId: `seq-${seq}`,
          ip: null,
        });
        if (fail) throw new Error('refused after numbering');
        return seq;
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => item(i % 3 === 1)));
    const taken = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(taken).toHaveLength(20);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
    // In arrival order and without a gap: the failed items' numbers went to the next ones.
    expect(taken).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const rows = await sys.db
      .selectFrom('audit_log')
      .select('request_id')
      .where('request_id', 'like', 'seq-%')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.request_id)).toEqual(taken.map((s) => `seq-${s}`));
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });

  it('the same idempotency key sent 10 times at once makes one case and 10 identical answers', async () => {
    const key = randomBytes(8).toString('hex');
    const res = await Promise.all(
      Array.from({ length: 10 }, () => createCase(sys, agent, consultation(), key)),
    );
    for (const r of res) expect(r.statusCode, r.body).toBe(201);
    expect(new Set(res.map((r) => r.json().id)).size).toBe(1);
    const rows = await sys.db.selectFrom('idempotency_keys').select('key').where('key', '=', key).execute();
    expect(rows).toHaveLength(1);
  });

  it('a key reused with another body is refused, and its neighbours still commit', async () => {
    const key = randomBytes(8).toString('hex');
    const first = await createCase(sys, agent, consultation(), key);
    expect(first.statusCode).toBe(201);
    const res = await Promise.all([
      createCase(sys, agent),
      createCase(sys, agent, consultation({ subject: '另一件事' }), key),
      createCase(sys, agent),
    ]);
    expect(res.map((r) => r.statusCode)).toEqual([201, 422, 201]);
  });
});
