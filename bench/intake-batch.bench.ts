import autocannon from 'autocannon';
import { generatedDemoPolicies, namedDemoPolicies } from '../packages/server/src/seed/demo-policies.ts';
import { startBenchServer } from './lib/server.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue 19 part 1: durable intakes per second at 100 connections, group-committed (intake-batch/) against the
 * un-batched path (CLAIMLINE_INTAKE_BATCH_MAX=1: one transaction and one commit per request), each on its own
 * real server and fresh embedded PostgreSQL in the same run, over loopback with autocannon. Two intakes: claim
 * reports (look-up binding, same-loss lock, check, major case) and general cases (consultations). All requests come
 * from one person of one branch, so every one takes the same number row: the hardest case for numbering.
 */

const DURATION = Number(process.env.CLAIMLINE_BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;

const load = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );

type Figures = { okPerS: number; p99: number; ok: number; refused: number; errors: number; codes: string };

const figures = (r: autocannon.Result): Figures => ({
  okPerS: r['2xx'] / r.duration,
  p99: r.latency.p99,
  ok: r['2xx'],
  refused: r['4xx'],
  errors: r['5xx'] + r.errors + r.timeouts,
  codes: JSON.stringify(r.statusCodeStats),
});

const measure = async (label: string, env: Record<string, string>) => {
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
    for (const p of policies.slice(0, 4_000)) {
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
      load({
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
    const reports = figures(await intake('/api/claim-reports', report));
    const cases = figures(await intake('/api/cases', () => consultation));
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
    for (const [what, f] of [
      ['claim reports', reports],
      ['cases', cases],
    ] as const)
      process.stdout.write(
        `  ${label} ${what}: ${f.okPerS.toFixed(0)}/s durable, p99 ${f.p99} ms, 2xx ${f.ok}, 4xx ${f.refused}, errors ${f.errors} ${f.codes}\n`,
      );
    return { reports, cases };
  } finally {
    await server.stop();
  }
};

export default async function run(): Promise<BenchResult[]> {
  const alone = await measure('un-batched', { CLAIMLINE_INTAKE_BATCH_MAX: '1' });
  const batched = await measure('batched', {});
  const results: BenchResult[] = [];
  for (const what of ['reports', 'cases'] as const) {
    const name = what === 'reports' ? 'claim-report intake' : 'case intake';
    results.push(
      judge({
        name: `${name}, group commit, ${CONNECTIONS} connections`,
        unit: 'req/s',
        value: batched[what].okPerS,
        baselineName: `${name}, one commit each`,
        baselineValue: alone[what].okPerS,
        target: { value: 2_000 },
      }),
      judge({
        name: `${name}, group commit, p99`,
        unit: 'per s',
        value: 1000 / Math.max(1, batched[what].p99),
        baselineName: `${name}, one commit each, p99`,
        baselineValue: 1000 / Math.max(1, alone[what].p99),
        // p99 under 100 ms.
        target: { value: 10 },
      }),
    );
  }
  return results;
}
