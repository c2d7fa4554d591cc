import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { keepAliveClient } from './lib/http-client.ts';
import { percentile, startBenchServer } from './lib/server.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Issue #19 part 5: a typhoon's surge on one node (own process, real PostgreSQL over loopback). Head office
 * declares and activates an event over Beijing; Beijing agents then send shortened reports at RATE per second
 * (open loop: a report is sent on schedule whether or not the last one answered, as callers do) for SECONDS,
 * while a lead's console reads the case list (GET /api/cases?kind=claimReport, the board) five times a second.
 * Figures: reports per second sustained, against the offered rate; the case list's p99 during the surge, target
 * under 200 ms, against the same list read on the idle server in the same run (shown per second at p99).
 * CLAIMLINE_BENCH_TYPHOON_SECONDS=600 for the 10-minute run.
 */

const RATE = Number(process.env.CLAIMLINE_BENCH_TYPHOON_RATE ?? 500);
const SECONDS = Number(process.env.CLAIMLINE_BENCH_TYPHOON_SECONDS ?? 60);
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

/** The board as the console reads it, n times at `everyMs`; milliseconds of each. */
const readBoard = async (url: string, cookie: string, n: number, everyMs: number) => {
  const client = keepAliveClient(url, { cookie });
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await client.send('GET', '/api/cases?kind=claimReport&pageSize=20');
    if (r.status !== 200) throw new Error(`case list: ${r.status}`);
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

    const idle = await readBoard(server.url, lead, 100, 50);

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
    const during = await readBoard(server.url, lead, Math.max(1, SECONDS * 5 - 5), 200);
    await storm;
    const elapsed = (performance.now() - t0) / 1000;
    agent.destroy();
    const created = statuses.get(201) ?? 0;
    const sustained = created / elapsed;
    const p99Idle = percentile(idle, 99);
    const p99Storm = percentile(during, 99);
    process.stdout.write(
      `  ${total} reports offered over ${SECONDS} s at ${RATE}/s: ${created} registered in ${elapsed.toFixed(1)} s ` +
        `(${sustained.toFixed(0)}/s); answers ${JSON.stringify(Object.fromEntries(statuses))}; case list p50/p99 ` +
        `idle ${percentile(idle, 50).toFixed(1)}/${p99Idle.toFixed(1)} ms, during ${percentile(during, 50).toFixed(1)}/${p99Storm.toFixed(1)} ms\n`,
    );
    return [
      judge({
        name: `typhoon: shortened reports sustained over ${SECONDS} s`,
        unit: 'reports/s',
        value: sustained,
        baselineName: 'offered rate',
        baselineValue: RATE,
        target: { value: 500 },
      }),
      judge({
        name: 'typhoon: case list p99 during the surge (per s at p99)',
        unit: '/s',
        value: 1000 / p99Storm,
        baselineName: 'same list, idle server',
        baselineValue: 1000 / p99Idle,
        target: { value: 1000 / 200 },
      }),
    ];
  } finally {
    await server.stop();
  }
}
