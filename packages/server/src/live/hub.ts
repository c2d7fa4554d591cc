import { randomBytes } from 'node:crypto';
import {
  type LiveChange,
  type LiveEvent,
  type LiveKind,
  LiveRing,
  type LiveViewer,
  visibleTo,
} from '@claimline/domain/live';

/**
 * How many recent events a node remembers for `Last-Event-ID` resumes: a console that was away for a moment (a
 * network blip, a node restart of its proxy) gets what it missed; one away longer is told to refetch. At a few
 * hundred changes a second this covers several seconds, which is what a reconnect takes.
 */
export const LIVE_RING_SIZE = 4096;

/**
 * One server-sent-events message as it goes on the wire. Built once per event, not once per stream: with
 * thousands of open consoles the fan-out is then a scope check and a socket write per stream.
 */
export const sseFrame = (id: string, event: string, data: unknown) =>
  `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

const CRLF = Buffer.from('\r\n');

/**
 * What a stream is handed: the frames' text, and (worked out once, on the first stream that asks, then shared by
 * every stream given the same frame) its UTF-8 bytes as one HTTP/1.1 chunk, so that 10,000 streams cost 10,000
 * writes of one shared buffer rather than 10,000 encodings and chunk headers (issue #19 part 3).
 */
export class LiveFrame {
  #chunk: Buffer | undefined;
  constructor(readonly text: string) {}

  get chunk(): Buffer {
    if (this.#chunk === undefined) {
      const bytes = Buffer.from(this.text, 'utf8');
      this.#chunk = Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`, 'latin1'), bytes, CRLF]);
    }
    return this.#chunk;
  }
}

/**
 * Changes are written to the streams in batches this often: in a surge (a typhoon's 500 reports a second) each
 * stream gets one write per batch instead of one per change, so the node's work is bounded by streams × batches,
 * not streams × changes. Small beside the 1 s a console is promised.
 */
export const LIVE_BATCH_MS = 20;

/** What one open stream receives: whole frames (a change it may see, a refetch), written as they are. */
export type LiveSink = {
  viewer: LiveViewer;
  kinds: ReadonlySet<LiveKind>;
  write(frame: LiveFrame): void;
  /** Ends the stream (the node is closing). */
  close(): void;
};

/**
 * One per node: numbers the changes the database announces (live/listener.ts), keeps the last few in a ring, and
 * hands each to the open streams whose viewer may see it (branch scope, or the owner of a notification) and who
 * asked for its kind. Nothing here reads the database: a change carries ids only.
 */
export class LiveHub {
  readonly ring: LiveRing;
  /** Tells this node's ids from another node's (or this node's previous run): their sequence numbers mean nothing here. */
  readonly nodeId: string;
  private readonly sinks = new Set<LiveSink>();
  // The streams by the branches they may see and by their user: a change is offered to the streams that can
  // take it, not to every open stream (visibleTo still decides).
  private readonly byBranch = new Map<string, Set<LiveSink>>();
  private readonly byUser = new Map<string, Set<LiveSink>>();
  private pending: LiveEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly batchMs: number;

  constructor(opts: { ringSize?: number; nodeId?: string; batchMs?: number } = {}) {
    this.ring = new LiveRing(opts.ringSize ?? LIVE_RING_SIZE);
    this.nodeId = opts.nodeId ?? randomBytes(6).toString('hex');
    this.batchMs = opts.batchMs ?? LIVE_BATCH_MS;
  }

  get connections(): number {
    return this.sinks.size;
  }

  eventId(seq: number): string {
    return `${this.nodeId}-${seq}`;
  }

  /** The sequence number of an id this node gave out, or null (another node's, malformed, absent). */
  seqOf(eventId: string | null | undefined): number | null {
    if (!eventId) return null;
    const dash = eventId.lastIndexOf('-');
    if (dash < 0 || eventId.slice(0, dash) !== this.nodeId) return null;
    const seq = Number(eventId.slice(dash + 1));
    return Number.isSafeInteger(seq) && seq >= 0 ? seq : null;
  }

  private changeFrame(e: LiveEvent) {
    return sseFrame(this.eventId(e.seq), 'change', { kind: e.kind, id: e.id });
  }

  refetchFrame() {
    return new LiveFrame(sseFrame(this.eventId(this.ring.last), 'refetch', {}));
  }

  readyFrame() {
    return new LiveFrame(sseFrame(this.eventId(this.ring.last), 'ready', {}));
  }

  publish(change: LiveChange): LiveEvent {
    const event = this.ring.push(change);
    this.pending.push(event);
    this.timer ??= setTimeout(() => this.flush(), this.batchMs);
    return event;
  }

  /** The streams that may take a change: its user's for a personal one, else its branch's (domain/live visibleTo). */
  private candidates(e: LiveEvent): Set<LiveSink> | undefined {
    if (e.userId !== null && e.kind === 'notification') return this.byUser.get(e.userId);
    return e.branchId === null ? undefined : this.byBranch.get(e.branchId);
  }

  /**
   * Writes the changes since the last batch: per stream, the frames it may see, joined into one write. Streams
   * that take the same changes share one frame (one text, one buffer): in the usual batch of one change, all do.
   */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const texts = batch.map((e) => this.changeFrame(e));
    // Per stream, which of the batch's changes it takes, as a key ("0,2") naming the shared frame.
    const taken = new Map<LiveSink, string>();
    batch.forEach((e, i) => {
      const sinks = this.candidates(e);
      if (sinks === undefined) return;
      for (const sink of sinks) {
        if (!sink.kinds.has(e.kind) || !visibleTo(e, sink.viewer)) continue;
        const before = taken.get(sink);
        taken.set(sink, before === undefined ? String(i) : `${before},${i}`);
      }
    });
    const frames = new Map<string, LiveFrame>();
    for (const [sink, key] of taken) {
      let frame = frames.get(key);
      if (frame === undefined) {
        frame = new LiveFrame(
          key
            .split(',')
            .map((i) => texts[Number(i)])
            .join(''),
        );
        frames.set(key, frame);
      }
      sink.write(frame);
    }
  }

  /** After the listening connection was lost, changes may have gone unheard: every stream refetches. */
  refetchAll(): void {
    this.flush();
    const frame = this.refetchFrame();
    for (const sink of this.sinks) sink.write(frame);
  }

  /** Ends every stream: a closing server otherwise waits for open streams forever. */
  closeAll(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
    for (const sink of [...this.sinks]) sink.close();
    this.sinks.clear();
    this.byBranch.clear();
    this.byUser.clear();
  }

  /**
   * Adds a stream. With the `Last-Event-ID` it reconnected with, it first gets what it missed (still filtered by
   * its scope and kinds), or a refetch when that is no longer known here; a new stream starts from now.
   */
  subscribe(sink: LiveSink, lastEventId?: string | null): () => void {
    // Streams already open get the waiting batch first, so a resume below never repeats one of its changes.
    this.flush();
    if (lastEventId) {
      const seq = this.seqOf(lastEventId);
      const resume = seq === null ? { refetch: true as const } : this.ring.since(seq);
      if ('refetch' in resume) sink.write(this.refetchFrame());
      else
        for (const e of resume.events)
          if (sink.kinds.has(e.kind) && visibleTo(e, sink.viewer))
            sink.write(new LiveFrame(this.changeFrame(e)));
    }
    sink.write(this.readyFrame());
    this.sinks.add(sink);
    const keys: [Map<string, Set<LiveSink>>, string][] = [
      [this.byUser, sink.viewer.userId],
      ...[...sink.viewer.scope].map((b): [Map<string, Set<LiveSink>>, string] => [this.byBranch, b]),
    ];
    for (const [index, key] of keys) {
      const set = index.get(key);
      if (set) set.add(sink);
      else index.set(key, new Set([sink]));
    }
    return () => {
      if (!this.sinks.delete(sink)) return;
      for (const [index, key] of keys) {
        const set = index.get(key);
        set?.delete(sink);
        if (set?.size === 0) index.delete(key);
      }
    };
  }
}
