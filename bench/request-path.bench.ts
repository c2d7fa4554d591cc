import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../packages/server/src/db/embedded.ts';
import { startBenchServer } from './lib/server.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue 19 part 2: what the request path costs. Against a bare Fastify route in its own process (bench/lib/
 * bare-fastify.ts), in the same run, with autocannon over loopback:
 * - GET /healthz of the real server (target ≥ 70 % of the bare route), 100 connections;
 * - GET /api/cases (20 rows, the first page and the page after it by cursor) against the bare route answering 20
 *   fixed rows of the same shape (target ≥ 25 %), 20 connections.
 * The four loads alternate, twice, and each figure is the better of its two rounds, so a burst of other work on
 * the machine does not decide the ratio.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.CLAIMLINE_BENCH_SECONDS ?? 5);

const load = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );

const startBare = async () => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'lib/bare-fastify.ts')],
    {
      env: { ...process.env, BARE_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare Fastify exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
};

export default async function run(): Promise<BenchResult[]> {
  const server = await startBenchServer();
  const bare = await startBare();
  try {
    const cookie = await server.login('supervisor.bj');
    const first = (await (
      await fetch(`${server.url}/api/cases?pageSize=20`, { headers: { cookie } })
    ).json()) as { items: unknown[]; next?: string | null };
    if (first.items.length !== 20) throw new Error(`case list answered ${first.items.length} rows`);
    const listUrl = first.next
      ? `${server.url}/api/cases?pageSize=20&after=${encodeURIComponent(first.next)}`
      : `${server.url}/api/cases?pageSize=20`;
    const runs = {
      bareHealthz: () => load({ url: `${bare.url}/healthz`, connections: 100, duration: SECONDS }),
      healthz: () => load({ url: `${server.url}/healthz`, connections: 100, duration: SECONDS }),
      bareRows: () => load({ url: `${bare.url}/rows`, connections: 20, duration: SECONDS }),
      list: () => load({ url: listUrl, connections: 20, duration: SECONDS, headers: { cookie } }),
    };
    // Untimed warm-up of every path.
    for (const f of Object.values(runs)) await f();
    const best: Record<keyof typeof runs, { rps: number; p99: number; non2xx: number }> = {
      bareHealthz: { rps: 0, p99: 0, non2xx: 0 },
      healthz: { rps: 0, p99: 0, non2xx: 0 },
      bareRows: { rps: 0, p99: 0, non2xx: 0 },
      list: { rps: 0, p99: 0, non2xx: 0 },
    };
    for (let round = 0; round < 2; round++)
      for (const [k, f] of Object.entries(runs) as [keyof typeof runs, () => Promise<autocannon.Result>][]) {
        const r = await f();
        process.stdout.write(
          `  ${k}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}\n`,
        );
        if (r.requests.average > best[k].rps)
          best[k] = { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx };
      }
    if (best.list.non2xx > 0 || best.healthz.non2xx > 0)
      throw new Error('the server answered non-2xx under load');
    return [
      judge({
        name: 'GET /healthz, 100 connections',
        unit: 'req/s',
        value: best.healthz.rps,
        baselineName: 'bare Fastify route',
        baselineValue: best.bareHealthz.rps,
        target: { ratio: 0.7 },
      }),
      judge({
        name: 'GET /api/cases 20 rows (cursor page), 20 connections',
        unit: 'req/s',
        value: best.list.rps,
        baselineName: 'bare Fastify route, 20 fixed rows',
        baselineValue: best.bareRows.rps,
        target: { ratio: 0.25 },
      }),
    ];
  } finally {
    await bare.stop();
    await server.stop();
  }
}
