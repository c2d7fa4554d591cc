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
  write(frame: string): void;
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
    return sseFrame(this.eventId(this.ring.last), 'refetch', {});
  }

  readyFrame() {
    return sseFrame(this.eventId(this.ring.last), 'ready', {});
  }

  publish(change: LiveChange): LiveEvent {
    const event = this.ring.push(change);
    this.pending.push(event);
    this.timer ??= setTimeout(() => this.flush(), this.batchMs);
    return event;
  }

  /** Writes the changes since the last batch: per stream, the frames it may see, joined into one write. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending.map((e) => ({ e, frame: this.changeFrame(e) }));
    this.pending = [];
    for (const sink of this.sinks) {
      let out = '';
      for (const { e, frame } of batch) if (sink.kinds.has(e.kind) && visibleTo(e, sink.viewer)) out += frame;
      if (out) sink.write(out);
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
          if (sink.kinds.has(e.kind) && visibleTo(e, sink.viewer)) sink.write(this.changeFrame(e));
    }
    sink.write(this.readyFrame());
    this.sinks.add(sink);
    return () => {
      this.sinks.delete(sink);
    };
  }
}
