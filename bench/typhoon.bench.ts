import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { loadavg } from 'node:os';
import { keepAliveClient } from './lib/http-client.ts';
import { percentile, startBenchServer } from './lib/server.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue #19 part 5: a typhoon's surge on one node (own process, real PostgreSQL over loopback). Head office
 * declares and activates an event over Beijing; Beijing agents then send shortened reports at RATE per second
 * (open loop: a report is sent on schedule whether or not the last one answered, as callers do) for SECONDS,
 * while a lead's console reads the case list (GET /api/cases?kind=claimReport) and the event's board of reports
 * (GET /api/catastrophes/:id/reports) five times a second each. Figures: reports per second sustained, against the
 * offered rate; each console read's p99 during the surge, target under 200 ms, against the same read on the idle
 * server in the same run (shown per second at p99). Every figure is printed with the machine's load average.
 * `npm run bench -- typhoon --minutes 10` for the 10-minute run of the issue (default 1 minute;
 * CLAIMLINE_BENCH_TYPHOON_SECONDS still sets it in seconds).
 */

const minutesArg = process.argv.indexOf('--minutes');
const RATE = Number(process.env.CLAIMLINE_BENCH_TYPHOON_RATE ?? 500);
const SECONDS =
  minutesArg > 0
    ? Math.round(Number(process.argv[minutesArg + 1]) * 60)
    : Number(process.env.CLAIMLINE_BENCH_TYPHOON_SECONDS ?? 60);
const load1 = () => loadavg()[0]?.toFixed(1) ?? '?';
const SOCKETS = 64;
const AGENTS = ['agent.bj', 'agent.bj01', 'teamlead.bj', 'claimshandler.bj'];

const post = (agent: http.Agent, url: URL, path: string, cookie: string, body: unknown) =>
  new Promise<number>((resolve) => {
    const data = JSON.stringify(body);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        agent,
        headers: {
          cookie,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          'idempotency-key': randomUUID(),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(data);
  });

/** A console read (`path`) as the console sends it, n times at `everyMs`; milliseconds of each. */
const readBoard = async (url: string, cookie: string, path: string, n: number, everyMs: number) => {
  const client = keepAliveClient(url, { cookie });
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await client.send('GET', path);
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    ms.push(performance.now() - t0);
    await new Promise((res) => setTimeout(res, Math.max(0, everyMs - (performance.now() - t0))));
  }
  client.close();
  return ms;
};

export default async function run(): Promise<BenchResult[]> {
  const server = await startBenchServer();
  const url = new URL(server.url);
  try {
    const ho = await server.login('headoffice.ho');
    const lead = await server.login('teamlead.bj');
    const cookies = await Promise.all(AGENTS.map((u) => server.login(u)));
    const hoClient = keepAliveClient(server.url, { cookie: ho, 'idempotency-key': randomUUID() });
    const branches = JSON.parse((await hoClient.send('GET', '/api/branches')).body) as {
      items: { id: string; code: string }[];
    };
    const bj = branches.items.find((b) => b.code === 'BJ')!.id;
    const declared = await hoClient.send('POST', '/api/catastrophes', {
      code: 'TY-BENCH',
      name: '台风（压测）',
      areaBranchIds: [bj],
      perils: ['typhoon'],
      startsAt: new Date(Date.now() - 60_000).toISOString(),
    });
    if (declared.status !== 201) throw new Error(`declare: ${declared.status} ${declared.body}`);
    const id = JSON.parse(declared.body).id as string;
    const act = await hoClient.send('POST', `/api/catastrophes/${id}/events`, {
      event: 'activate',
      version: 1,
    });
    if (act.status !== 200) throw new Error(`activate: ${act.status} ${act.body}`);
    hoClient.close();

    const reads = {
      'case list': '/api/cases?kind=claimReport&pageSize=20',
      board: `/api/catastrophes/${id}/reports`,
    };
    const idle = {
      'case list': await readBoard(server.url, lead, reads['case list'], 100, 50),
      board: await readBoard(server.url, lead, reads.board, 100, 50),
    };
    const loadBefore = load1();

    const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS });
    const statuses = new Map<number, number>();
    const pending: Promise<void>[] = [];
    const total = RATE * SECONDS;
    const t0 = performance.now();
    const storm = (async () => {
      for (let i = 0; i < total; i++) {
        const due = t0 + (i * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        pending.push(
          post(agent, url, `/api/catastrophes/${id}/reports`, cookies[i % cookies.length]!, {
            reporterName: '王五',
            reporterPhone: `139${String(10_000_000 + (i % 90_000_000)).slice(0, 8)}`,
            place: '北京市朝阳区建国路 88 号地下车库',
            happened: '台风暴雨，车库进水，车辆被淹',
            peopleAtRisk: i % 20 === 0,
          }).then((s) => {
            statuses.set(s, (statuses.get(s) ?? 0) + 1);
          }),
        );
      }
      await Promise.all(pending);
    })();
    const n = Math.max(1, SECONDS * 5 - 5);
    const [caseList, board] = await Promise.all([
      readBoard(server.url, lead, reads['case list'], n, 200),
      readBoard(server.url, lead, reads.board, n, 200),
    ]);
    const during = { 'case list': caseList, board };
    await storm;
    const elapsed = (performance.now() - t0) / 1000;
    agent.destroy();
    const created = statuses.get(201) ?? 0;
    const sustained = created / elapsed;
    const loadAfter = load1();
    process.stdout.write(
      `  ${total} reports offered over ${SECONDS} s at ${RATE}/s: ${created} registered in ${elapsed.toFixed(1)} s ` +
        `(${sustained.toFixed(0)}/s); answers ${JSON.stringify(Object.fromEntries(statuses))}; load average ` +
        `${loadBefore}–${loadAfter}\n`,
    );
    const results: BenchResult[] = [
      judge({
        name: `typhoon: shortened reports sustained over ${SECONDS} s (load ${loadBefore}–${loadAfter})`,
        unit: 'reports/s',
        value: sustained,
        baselineName: 'offered rate',
        baselineValue: RATE,
        target: { value: 500 },
      }),
    ];
    for (const what of ['case list', 'board'] as const) {
      const [a, b] = [idle[what], during[what]];
      process.stdout.write(
        `  ${what} p50/p99 idle ${percentile(a, 50).toFixed(1)}/${percentile(a, 99).toFixed(1)} ms, during ` +
          `${percentile(b, 50).toFixed(1)}/${percentile(b, 99).toFixed(1)} ms\n`,
      );
      results.push(
        judge({
          name: `typhoon: ${what} p99 during the surge (per s at p99)`,
          unit: '/s',
          value: 1000 / percentile(b, 99),
          baselineName: `same read, idle server`,
          baselineValue: 1000 / percentile(a, 99),
          target: { value: 1000 / 200 },
        }),
      );
    }
    return results;
  } finally {
    await server.stop();
  }
}
