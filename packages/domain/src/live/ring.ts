import type { LiveChange, LiveEvent } from './kinds.ts';

/** What a reconnecting client is owed: the events after its last one, or `refetch` when they are gone. */
export type Resume = { events: LiveEvent[] } | { refetch: true };

/**
 * The node's short memory of recent events, numbered in arrival order, for `Last-Event-ID` resumes. Fixed size:
 * the oldest event falls out when a new one arrives, so memory stays flat whatever the traffic.
 */
export class LiveRing {
  private readonly items: (LiveEvent | undefined)[];
  private nextSeq = 1;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('ring size must be a positive integer');
    this.items = new Array(size);
  }

  /** Numbers a change and keeps it. */
  push(change: LiveChange): LiveEvent {
    const event: LiveEvent = { ...change, seq: this.nextSeq++ };
    this.items[event.seq % this.size] = event;
    return event;
  }

  /** The last sequence number given out (0 before the first event). */
  get last(): number {
    return this.nextSeq - 1;
  }

  /**
   * Everything after `seq`. A `seq` ahead of this node's count, or one whose successor has already fallen out,
   * cannot be resumed exactly: the client refetches.
   */
  since(seq: number): Resume {
    if (!Number.isInteger(seq) || seq < 0 || seq > this.last) return { refetch: true };
    const oldest = Math.max(1, this.last - this.size + 1);
    if (seq + 1 < oldest) return { refetch: true };
    const events: LiveEvent[] = [];
    for (let s = seq + 1; s <= this.last; s++) events.push(this.items[s % this.size] as LiveEvent);
    return { events };
  }
}
