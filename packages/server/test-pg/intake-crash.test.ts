import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { adminQuery, freshDatabase } from './helpers.ts';

/*
 * Issue 19 part 1: group commit must not weaken durability. An API node in its own process registers claim reports
 * under load and is killed with SIGKILL mid-stream: every report it acknowledged (201) is in the database, and the
 * day's numbers have no gap (a batch cut off before its commit returns its numbers with it).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
let db: Db;
let name: string;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  name = fresh.name;
  child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'support/api-node.ts')], {
    env: { ...process.env, NODE_DATABASE_URL: fresh.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      const m = /listening (\d+)/.exec(d.toString());
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`node exited with ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
}, 120_000);
afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db.destroy();
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('group-committed intake and kill -9', () => {
  it('keeps every acknowledged report and leaves no gap in the numbers', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent.bj', password: 'Claim@2026' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const post = (url: string, body: unknown, key?: string) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });
    const policies = await db
      .selectFrom('policies')
      .select('policy_no')
      .where('period_start', '<', new Date(Date.now() - 90 * 86_400_000))
      .limit(60)
      .execute();
    const pool: { lookupId: string; policyId: string }[] = [];
    for (const p of policies) {
      const r = (await (
        await post('/api/claim-reports/lookups', { by: 'policyNo', value: p.policy_no })
      ).json()) as {
        lookupId: string;
        policies: { id: string }[];
      };
      if (r.policies.length === 1 && r.policies[0])
        pool.push({ lookupId: r.lookupId, policyId: r.policies[0].id });
    }
    expect(pool.length).toBeGreaterThan(10);
    const acked = new Set<string>();
    let sent = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const i = sent++;
        const report = {
          ...pool[i % pool.length],
          channel: 'phone',
          occurredAt: new Date(Date.now() - (1 + 2 * Math.floor(i / pool.length)) * 86_400_000).toISOString(),
          place: '北京市朝阳区建国路',
          cause: 'collision',
          course: '追尾事故，车尾受损。',
          injuryDegree: 'none',
          reporterName: '李明',
          reporterPhone: '13800138000',
          reporterRelation: 'self',
        };
        try {
          const res = await post('/api/claim-reports', report, `crash-${i}`);
          if (res.status === 201) acked.add(((await res.json()) as { id: string }).id);
        } catch {
          // The node is gone: what it did not answer was not acknowledged.
          return;
        }
      }
    };
    const workers = Array.from({ length: 30 }, worker);
    // Kill once reports are flowing, in the middle of the stream.
    while (acked.size < 40) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acked.size).toBeGreaterThanOrEqual(40);

    const stored = await db
      .selectFrom('cases')
      .select(['id', 'number'])
      .where('kind', '=', 'claimReport')
      .execute();
    const ids = new Set(stored.map((c) => c.id));
    for (const id of acked) expect(ids.has(id)).toBe(true);
    // Numbers per day (the prefix before the sequence) run 1..n without a gap.
    const byDay = new Map<string, number[]>();
    for (const c of stored) {
      const m = /^(\D+\d{8})(\d+)$/.exec(c.number);
      if (!m) continue;
      byDay.set(m[1] as string, [...(byDay.get(m[1] as string) ?? []), Number(m[2])]);
    }
    for (const seqs of byDay.values()) {
      seqs.sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  }, 120_000);
});
