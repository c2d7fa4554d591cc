import { type ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../packages/server/src/db/embedded.ts';
import { generatedDemoPolicies, namedDemoPolicies } from '../packages/server/src/seed/demo-policies.ts';
import { startBenchServer } from './lib/server.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue 19 part 1: durable intakes per second at 100 connections, group-committed (intake-batch/) against the
 * un-batched path (CLAIMLINE_INTAKE_BATCH_MAX=1: one transaction and one commit per request), each on its own
 * real server and fresh embedded PostgreSQL in the same run, over loopback with autocannon. Two intakes: claim
 * reports (look-up binding, same-loss lock, check, major case) and general cases (consultations). All requests come
 * from one person of one branch, so every one takes the same number row: the hardest case for numbering.
 * The floor in the same run: a bare Fastify route in its own process writing one row per request with its own
 * durable commit (bench/lib/bare-insert.ts) into the batched server's database. Every figure is printed with the
 * machine's load average (os.loadavg) at its start and end: on a shared machine they mean little without it.
 * CLAIMLINE_BENCH_INTAKE_POLICIES: policies looked up first (one report each per two days; default 4,000);
 * CLAIMLINE_BENCH_INTAKE_UNBATCHED=false skips the one-commit-each server.
 */

const DURATION = Number(process.env.CLAIMLINE_BENCH_SECONDS ?? 10);
const POLICIES = Number(process.env.CLAIMLINE_BENCH_INTAKE_POLICIES ?? 4_000);
const UNBATCHED = process.env.CLAIMLINE_BENCH_INTAKE_UNBATCHED !== 'false';
const CONNECTIONS = 100;
const here = path.dirname(fileURLToPath(import.meta.url));

const load1 = () => loadavg()[0]?.toFixed(1) ?? '?';

const load = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );

type Figures = {
  okPerS: number;
  p99: number;
  ok: number;
  refused: number;
  errors: number;
  codes: string;
  load: string;
};

/** One load with the machine's 1-minute load average at its start and end. */
const timed = async (opts: autocannon.Options) => {
  const before = load1();
  const r = await load(opts);
  return figures(r, `${before}–${load1()}`);
};

const figures = (r: autocannon.Result, loadAvg: string): Figures => ({
  okPerS: r['2xx'] / r.duration,
  p99: r.latency.p99,
  ok: r['2xx'],
  refused: r['4xx'],
  errors: r['5xx'] + r.errors + r.timeouts,
  codes: JSON.stringify(r.statusCodeStats),
  load: loadAvg,
});

/** The floor: one durable row per request, nothing else, on the given database. */
const bareInsert = async (databaseUrl: string) => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'lib/bare-insert.ts')],
    {
      env: { ...process.env, BARE_PORT: String(port), DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare insert exited with ${code}`)));
  });
  try {
    return await timed({
      url: `http://127.0.0.1:${port}/intake`,
      connections: CONNECTIONS,
      duration: DURATION,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: '理赔材料咨询', customerPhone: '13812345678' }),
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
};

const measure = async (label: string, env: Record<string, string>, withFloor = false) => {
  const server = await startBenchServer({ env });
  try {
    const cookie = await server.login('headoffice.ho');
    const now = new Date();
    const policies = [...namedDemoPolicies(now), ...generatedDemoPolicies(now, 9_996)];
    const post = async (path: string, body: unknown) =>
      (await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as Record<string, unknown>;
    // As an agent does: look up each policy first (a registration is bound to the look-up that returned its
    // policy); keep policies without a report in the last 60 days (the demo's), so the reports below (one a policy
    // and day, two days apart) are never the same loss.
    const pool: { lookupId: string; policyId: string }[] = [];
    for (const p of policies.slice(0, POLICIES)) {
      const r = (await post('/api/claim-reports/lookups', { by: 'policyNo', value: p.policyNo })) as {
        lookupId: string;
        policies: { id: string }[];
        existingReports: { occurredAt: string }[];
      };
      const recent = r.existingReports.some(
        (x) => now.getTime() - Date.parse(x.occurredAt) < 60 * 86_400_000,
      );
      if (r.policies.length === 1 && r.policies[0] && !recent)
        pool.push({ lookupId: r.lookupId, policyId: r.policies[0].id });
    }
    let n = 0;
    const report = (i: number) => ({
      ...pool[i % pool.length],
      channel: 'phone',
      occurredAt: new Date(now.getTime() - (1 + 2 * Math.floor(i / pool.length)) * 86_400_000).toISOString(),
      place: '北京市朝阳区建国路',
      cause: 'collision',
      course: '追尾事故，车尾受损。',
      injuryDegree: 'none',
      reporterName: '李明',
      reporterPhone: '13800138000',
      reporterRelation: 'self',
    });
    const consultation = {
      kind: 'consultation',
      channel: 'phone',
      subject: '理赔材料咨询',
      description: '客户询问意外医疗理赔需要哪些材料',
      customerName: '张三',
      customerPhone: '13812345678',
    };
    const intake = (url: string, body: (i: number) => unknown) =>
      timed({
        url: `${server.url}${url}`,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const i = n++;
              return {
                ...req,
                headers: {
                  cookie,
                  'content-type': 'application/json',
                  'idempotency-key': `bench-${label}-${i}-${now.getTime()}`,
                },
                body: JSON.stringify(body(i)),
              };
            },
          },
        ],
      });
    // Untimed warm-up: JIT, prepared statements on the pooled connections.
    await load({ url: `${server.url}/healthz`, connections: 10, amount: 2_000 });
    const reports = await intake('/api/claim-reports', report);
    const cases = await intake('/api/cases', () => consultation);
    // Every acknowledged intake is there, and the numbers of the day have no gap.
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: server.databaseUrl });
    await c.connect();
    const gaps = await c.query(
      `SELECT kind, count(*)::int AS n, max(s) - min(s) + 1 AS span
         FROM (SELECT kind, (regexp_match(number, '\\d{8}(\\d+)$'))[1]::int AS s
                 FROM cases WHERE created_at > $1 AND kind IN ('claimReport', 'consultation')) c GROUP BY kind`,
      [now],
    );
    await c.end();
    for (const g of gaps.rows as { kind: string; n: number; span: number }[])
      process.stdout.write(`  ${label}: ${g.kind} ${g.n} stored, numbers span ${g.span}\n`);
    const floor = withFloor ? await bareInsert(server.databaseUrl) : null;
    for (const [what, f] of [
      ['claim reports', reports],
      ['cases', cases],
      ['bare insert (floor)', floor],
    ] as const)
      if (f)
        process.stdout.write(
          `  ${label} ${what}: ${f.okPerS.toFixed(0)}/s durable, p99 ${f.p99} ms, 2xx ${f.ok}, 4xx ${f.refused}, errors ${f.errors} ${f.codes}, load average ${f.load}\n`,
        );
    return { reports, cases, floor };
  } finally {
    await server.stop();
  }
};

export default async function run(): Promise<BenchResult[]> {
  const alone = UNBATCHED ? await measure('un-batched', { CLAIMLINE_INTAKE_BATCH_MAX: '1' }) : null;
  const batched = await measure('batched', {}, true);
  const floor = batched.floor as Figures;
  const results: BenchResult[] = [];
  for (const what of ['reports', 'cases'] as const) {
    const name = what === 'reports' ? 'claim-report intake' : 'case intake';
    const f = batched[what];
    results.push(
      judge({
        name: `${name}, group commit, ${CONNECTIONS} connections (load ${f.load})`,
        unit: 'req/s',
        value: f.okPerS,
        baselineName: `bare durable insert (load ${floor.load})`,
        baselineValue: floor.okPerS,
        target: { value: 2_000 },
      }),
      judge({
        name: `${name}, group commit, p99`,
        unit: 'per s',
        value: 1000 / Math.max(1, f.p99),
        baselineName: 'bare durable insert, p99',
        baselineValue: 1000 / Math.max(1, floor.p99),
        // p99 under 100 ms.
        target: { value: 10 },
      }),
    );
    if (alone)
      results.push(
        judge({
          name: `${name}, group commit`,
          unit: 'req/s',
          value: f.okPerS,
          baselineName: `${name}, one commit each (load ${alone[what].load})`,
          baselineValue: alone[what].okPerS,
        }),
      );
  }
  return results;
}
