import { describe, expect, it } from 'vitest';
import { LiveFrame, LiveHub, type LiveSink } from './hub.ts';

const sink = (userId: string, scope: string[], kinds = ['case', 'notification'] as const) => {
  const frames: string[] = [];
  const s: LiveSink & { frames: string[]; closed: boolean } = {
    viewer: { userId, scope: new Set(scope) },
    kinds: new Set(kinds),
    frames,
    closed: false,
    write: (f) => frames.push(f.text),
    close: () => {
      s.closed = true;
    },
  };
  return s;
};
const events = (s: { frames: string[] }) => s.frames.map((f) => f.split('\n')[1]);

describe('LiveHub', () => {
  it('writes one change frame to the streams whose scope and kinds take it, and nothing to the others', () => {
    const hub = new LiveHub({ nodeId: 'n1' });
    const bj = sink('u1', ['bj']);
    const sh = sink('u2', ['sh']);
    const bjNotesOnly = sink('u3', ['bj'], ['notification'] as unknown as ['case', 'notification']);
    for (const s of [bj, sh, bjNotesOnly]) hub.subscribe(s);
    hub.publish({ kind: 'case', id: 'c1', branchId: 'bj', userId: null });
    expect(events(bj)).toEqual(['event: ready']); // batched: written on the next flush
    hub.flush();
    expect(bj.frames.at(-1)).toBe('id: n1-1\nevent: change\ndata: {"kind":"case","id":"c1"}\n\n');
    expect(events(sh)).toEqual(['event: ready']);
    expect(events(bjNotesOnly)).toEqual(['event: ready']);
  });

  it('resumes a known id with the missed changes it may see, and asks for a refetch otherwise', () => {
    const hub = new LiveHub({ nodeId: 'n1', ringSize: 2 });
    hub.publish({ kind: 'case', id: 'a', branchId: 'bj', userId: null });
    hub.publish({ kind: 'case', id: 'b', branchId: 'sh', userId: null });
    hub.publish({ kind: 'case', id: 'c', branchId: 'bj', userId: null });
    const resumed = sink('u1', ['bj']);
    hub.subscribe(resumed, 'n1-1');
    expect(resumed.frames.map((f) => f.split('\n')[0])).toEqual(['id: n1-3', 'id: n1-3']); // c, then ready
    for (const lost of ['n1-0', 'n2-2', 'garbage', 'n1-x']) {
      const s = sink('u1', ['bj']);
      hub.subscribe(s, lost);
      expect(events(s)).toEqual(['event: refetch', 'event: ready']);
    }
  });

  it('joins a burst into one write per stream, with only the changes each may see', () => {
    const hub = new LiveHub({ nodeId: 'n1' });
    const bj = sink('u1', ['bj']);
    hub.subscribe(bj);
    for (const [id, b] of [
      ['a', 'bj'],
      ['b', 'sh'],
      ['c', 'bj'],
    ] as const)
      hub.publish({ kind: 'case', id, branchId: b, userId: null });
    hub.flush();
    expect(bj.frames).toHaveLength(2);
    expect(bj.frames[1]).toBe(
      'id: n1-1\nevent: change\ndata: {"kind":"case","id":"a"}\n\nid: n1-3\nevent: change\ndata: {"kind":"case","id":"c"}\n\n',
    );
    hub.closeAll();
  });

  it('tells every stream to refetch after a gap, and ends them all when the node closes', () => {
    const hub = new LiveHub({ nodeId: 'n1' });
    const a = sink('u1', ['bj']);
    const unsubscribe = hub.subscribe(a);
    hub.refetchAll();
    expect(events(a)).toEqual(['event: ready', 'event: refetch']);
    hub.closeAll();
    expect(a.closed).toBe(true);
    expect(hub.connections).toBe(0);
    unsubscribe();
  });

  it('gives every stream that takes the same changes the same frame, and indexes streams by branch and user', () => {
    const hub = new LiveHub({ nodeId: 'n1' });
    const seen: LiveFrame[] = [];
    const tap = (userId: string, scope: string[]) => {
      const s = sink(userId, scope);
      const write = s.write;
      s.write = (f) => {
        seen.push(f);
        write(f);
      };
      return s;
    };
    const streams = Array.from({ length: 50 }, (_, i) => tap(`u${i}`, ['hq', i % 2 ? 'bj' : 'sh']));
    const unsubscribers = streams.map((s) => hub.subscribe(s));
    seen.length = 0;
    hub.publish({ kind: 'case', id: 'c1', branchId: 'bj', userId: null });
    hub.publish({ kind: 'notification', id: 'n1', branchId: 'bj', userId: 'u2' });
    hub.flush();
    // 25 Beijing streams take the case; u2 (Shanghai) takes only its own notification.
    expect(seen).toHaveLength(26);
    expect(new Set(seen.filter((f) => f.text.includes('"c1"')))).toHaveProperty('size', 1);
    expect(events(streams[2] as (typeof streams)[0]).slice(1)).toEqual(['event: change']);
    expect(streams[2]?.frames[1]).toContain('"n1"');
    // A stream that left is no longer offered anything.
    for (const u of unsubscribers) u();
    seen.length = 0;
    hub.publish({ kind: 'case', id: 'c2', branchId: 'hq', userId: null });
    hub.flush();
    expect(seen).toHaveLength(0);
  });

  it('frames a change as one HTTP/1.1 chunk of its UTF-8 bytes', () => {
    const f = new LiveFrame('data: 北京\n\n');
    const bytes = Buffer.from(f.text, 'utf8');
    expect(f.chunk.toString('latin1')).toBe(
      `${bytes.length.toString(16)}\r\n${bytes.toString('latin1')}\r\n`,
    );
    expect(f.chunk).toBe(f.chunk); // worked out once
  });
});
