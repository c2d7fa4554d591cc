import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { LiveHub } from '../../src/live/hub.ts';
import { type LiveListener, listenForLiveEvents } from '../../src/live/listener.ts';
import { adminQuery, createCase, dbUrl, type TestSystem, testSystem } from '../helpers.ts';
import { openSse, type SseMessage, type SseStream } from './sse-client.ts';

/*
 * Live consoles on a real engine (issue #19 part 3): a committed change reaches every open stream of every node
 * through migration 0048's triggers and each node's one LISTEN connection, filtered by the listener's branch scope,
 * and a reconnect resumes from Last-Event-ID. Each node here is a real HTTP server: SSE needs a socket.
 */
type Node = { app: FastifyInstance; hub: LiveHub; listener: LiveListener; url: string };
let sys: TestSystem;
let nodes: Node[];
let cookies: Record<'bj' | 'sh' | 'lead', string>;
const streams: SseStream[] = [];

const startNode = async (app: FastifyInstance, hub: LiveHub): Promise<Node> => {
  const listener = listenForLiveEvents(dbUrl(sys.dbName), hub, { retryMs: 50 });
  await listener.connected();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, hub, listener, url: address };
};
const open = async (node: Node, cookie: string, query = '', lastEventId?: string) => {
  const s = await openSse(`${node.url}/api/live${query}`, cookie, lastEventId);
  streams.push(s);
  await s.next((m) => m.event === 'ready');
  return s;
};
const changeOf = (kind: string, id: string) => (m: SseMessage) =>
  m.event === 'change' && (m.data as { kind: string }).kind === kind && (m.data as { id: string }).id === id;

beforeAll(async () => {
  const hub = new LiveHub();
  sys = await testSystem({ app: { live: hub } });
  const second = new LiveHub();
  nodes = [
    await startNode(sys.app, hub),
    await startNode(await buildApp(sys.deps, { logger: false, webDist: null, live: second }), second),
  ];
  cookies = {
    bj: await sys.login('agent.bj'),
    sh: await sys.login('agent.sh'),
    lead: await sys.login('teamlead.bj'),
  };
});
afterAll(async () => {
  for (const s of streams) s.close();
  for (const n of nodes) await n.listener.stop();
  await nodes[1]?.app.close();
  await sys.close();
});

describe('GET /api/live', () => {
  it('answers the node status to a client that does not ask for a stream, and refuses unknown kinds', async () => {
    const res = await sys.app.inject({ url: '/api/live?kinds=case', headers: { cookie: cookies.bj } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ nodeId: nodes[0]!.hub.nodeId, kinds: ['case'] });
    const bad = await sys.app.inject({
      url: '/api/live?kinds=case,secrets',
      headers: { cookie: cookies.bj },
    });
    expect(bad.statusCode).toBe(400);
    const anonymous = await sys.app.inject({ url: '/api/live' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('delivers a committed change within 1 s on every node, and nothing to a user of another branch', async () => {
    const bjHere = await open(nodes[0]!, cookies.bj);
    const bjThere = await open(nodes[1]!, cookies.lead);
    const sh = await open(nodes[0]!, cookies.sh);
    const created = await createCase(sys, cookies.bj);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await bjHere.next(changeOf('case', id), 1000);
    await bjThere.next(changeOf('case', id), 1000);
    // The Shanghai agent's stream has heard nothing of it, even after both Beijing streams did.
    await new Promise((r) => setTimeout(r, 200));
    expect(sh.messages.filter((m) => m.event === 'change')).toEqual([]);
    // The change names ids only: no subject, no customer.
    expect(bjHere.messages.find(changeOf('case', id))?.data).toEqual({ kind: 'case', id });
  });

  it('sends a notification to its owner only and only the kinds a console asked for', async () => {
    const bjCases = await open(nodes[0]!, cookies.bj, '?kinds=case');
    const bjNotes = await open(nodes[0]!, cookies.bj, '?kinds=notification');
    const lead = await open(nodes[1]!, cookies.lead, '?kinds=notification');
    const [row] = (
      await adminQuery(
        `INSERT INTO notifications (id, user_id, kind, message_zh, message_en, escalation_level, created_at)
         SELECT gen_random_uuid(), id, 'warn', '测试', 'test', 0, now() FROM users WHERE username = 'agent.bj'
         RETURNING id`,
        sys.dbName,
      )
    ).rows as { id: string }[];
    await bjNotes.next(changeOf('notification', row!.id));
    await new Promise((r) => setTimeout(r, 200));
    expect(lead.messages.filter((m) => m.event === 'change')).toEqual([]);
    expect(bjCases.messages.filter((m) => m.event === 'change')).toEqual([]);
  });

  it('resumes after Last-Event-ID with what was missed, and asks for a refetch when it cannot', async () => {
    const first = await open(nodes[0]!, cookies.bj, '?kinds=case');
    const lastSeen = first.messages.at(-1)!.id!;
    first.close();
    const missed = (await createCase(sys, cookies.bj)).json().id as string;
    await new Promise((r) => setTimeout(r, 300)); // the NOTIFY reaches the hub while nobody listens
    const again = await openSse(`${nodes[0]!.url}/api/live?kinds=case`, cookies.bj, lastSeen);
    streams.push(again);
    await again.next(changeOf('case', missed));
    // Another node does not know this node's ids: it says to refetch rather than pretend nothing was missed.
    const elsewhere = await openSse(`${nodes[1]!.url}/api/live?kinds=case`, cookies.bj, lastSeen);
    streams.push(elsewhere);
    await elsewhere.next((m) => m.event === 'refetch');
  });

  it('announces nothing for a change that was rolled back', async () => {
    const s = await open(nodes[0]!, cookies.bj, '?kinds=case');
    await adminQuery(
      `BEGIN; UPDATE cases SET updated_at = updated_at WHERE id = (SELECT id FROM cases LIMIT 1); ROLLBACK;`,
      sys.dbName,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(s.messages.filter((m) => m.event === 'change')).toEqual([]);
  });
});
