import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { percentile, startBenchServer } from './lib/server.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue #19 part 3: live fan-out on one node. A real server (own process, real PostgreSQL over loopback) holds
 * CONNECTIONS open SSE streams of one Beijing agent (GET /api/live); the bench issues a NOTIFY on the live channel
 * exactly as migration 0048's triggers do and times, on every stream, NOTIFY → receipt of that change. Target p99
 * under 500 ms, against the same measure with BASELINE streams in the same run. Latencies are shown as "per second
 * at p99" (1000 / ms), higher is better. Memory per connection is the server's resident set growth divided by the
 * streams opened. The client is one process too, so its own event loop's turn over 10,000 sockets is in the figure.
 */

const CONNECTIONS = Number(process.env.CLAIMLINE_BENCH_SSE_CONNECTIONS ?? 10_000);
const BASELINE = 100;
const ROUNDS = 20;
const OPEN_BATCH = 500;

const rssKiB = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0);
};

type Stream = { req: http.ClientRequest; seen: Map<string, number> };

/** Opens one stream; resolves once the server's `ready` arrived. Receipt times of each change id go to `seen`. */
const openStream = (url: string, cookie: string, agent: http.Agent) =>
  new Promise<Stream>((resolve, reject) => {
    const seen = new Map<string, number>();
    const req = http.get(
      `${url}/api/live?kinds=case`,
      { agent, headers: { cookie, accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`live: ${res.statusCode}`));
        res.setEncoding('utf8');
        let ready = false;
        let buf = '';
        res.on('data', (chunk: string) => {
          const now = performance.now();
          // A message may arrive split over two chunks: only whole messages (up to the last blank line) are read.
          buf += chunk;
          const end = buf.lastIndexOf('\n\n');
          if (end < 0) return;
          const whole = buf.slice(0, end);
          buf = buf.slice(end + 2);
          if (!ready && whole.includes('event: ready')) {
            ready = true;
            resolve({ req, seen });
          }
          for (const m of whole.matchAll(/"id":"(bench-[^"]+)"/g)) seen.set(m[1]!, now);
        });
      },
    );
    req.on('error', reject);
  });

const openStreams = async (url: string, cookie: string, n: number, agent: http.Agent) => {
  const streams: Stream[] = [];
  while (streams.length < n)
    streams.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(OPEN_BATCH, n - streams.length) }, () =>
          openStream(url, cookie, agent),
        ),
      )),
    );
  return streams;
};

/** ROUNDS notifications, 200 ms apart; every stream's delay for every one of them. */
const fanOut = async (db: pg.Client, branchId: string, streams: Stream[], label: string) => {
  const sent = new Map<string, number>();
  for (let i = 0; i < ROUNDS; i++) {
    const id = `bench-${label}-${i}`;
    sent.set(id, performance.now());
    await db.query(`SELECT pg_notify('claimline_live', $1)`, [
      JSON.stringify({ k: 'case', id, b: branchId }),
    ]);
    await new Promise((r) => setTimeout(r, 200));
  }
  // Wait until every stream has every change (or 30 s): a late receipt is a long delay, not a loss.
  const until = performance.now() + 30_000;
  while (performance.now() < until && streams.some((s) => s.seen.size < sent.size))
    await new Promise((r) => setTimeout(r, 100));
  const delays: number[] = [];
  let missing = 0;
  for (const s of streams)
    for (const [id, at] of sent) {
      const got = s.seen.get(id);
      if (got === undefined) missing += 1;
      else delays.push(got - at);
    }
  delays.sort((a, b) => a - b);
  return { p50: percentile(delays, 50), p99: percentile(delays, 99), missing };
};

export default async function run(): Promise<BenchResult[]> {
  const server = await startBenchServer();
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  try {
    const cookie = await server.login('agent.bj');
    const { rows } = await db.query<{ branch_id: string }>(
      `SELECT branch_id FROM users WHERE username = 'agent.bj'`,
    );
    const branchId = rows[0]!.branch_id;

    const base = await openStreams(server.url, cookie, BASELINE, agent);
    const baseline = await fanOut(db, branchId, base, 'base');
    for (const s of base) s.req.destroy();
    await new Promise((r) => setTimeout(r, 500));

    const before = rssKiB(server.pid!);
    const t0 = performance.now();
    const many = await openStreams(server.url, cookie, CONNECTIONS, agent);
    const openSeconds = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
    const perConnectionKiB = (rssKiB(server.pid!) - before) / CONNECTIONS;
    const wide = await fanOut(db, branchId, many, 'wide');
    for (const s of many) s.req.destroy();

    process.stdout.write(
      `  ${CONNECTIONS} streams opened in ${openSeconds.toFixed(1)} s; server memory ${perConnectionKiB.toFixed(1)} KiB per stream; ` +
        `p50 ${wide.p50.toFixed(1)} ms, p99 ${wide.p99.toFixed(1)} ms, missing ${wide.missing}; ` +
        `baseline (${BASELINE}) p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms, missing ${baseline.missing}\n`,
    );
    if (wide.missing > 0 || baseline.missing > 0) throw new Error('some streams missed a change');
    return [
      judge({
        name: `SSE fan-out p99, NOTIFY → receipt, ${CONNECTIONS.toLocaleString('en-US')} streams (per s at p99)`,
        unit: '/s',
        value: 1000 / wide.p99,
        baselineName: `same with ${BASELINE} streams`,
        baselineValue: 1000 / baseline.p99,
        target: { value: 1000 / 500 },
      }),
    ];
  } finally {
    agent.destroy();
    await db.end();
    await server.stop();
  }
}
