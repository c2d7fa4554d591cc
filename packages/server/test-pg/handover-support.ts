import { randomUUID } from 'node:crypto';
import type { TestSystem } from './helpers.ts';

/** A Beijing wall-clock time as the UTC instant stored. */
export const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

export type HandoverAnswer = {
  id: string;
  state: string;
  version: number;
  lateMinutes: number | null;
  checkedInAt: string | null;
  confirmedBy: { id: string; name: string } | null;
  signedBy: { id: string; name: string } | null;
  statistics: Record<string, number> | null;
  openItems: { number: string; subject: string }[];
  moves: { event: string; allowed: boolean; reason: { code: string } | null }[];
};

export const CHECKLIST = { uniform: true, badge: true, materials: true };

export const handoverTools = (sys: TestSystem) => {
  const inject = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    sys.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return {
    inject,
    /** Moves the frozen clock and logs in (sessions time out on the clock). */
    at: (local: string, user: string) => {
      sys.clock.set(bj(local));
      return sys.login(user);
    },
    userId: async (username: string) =>
      (
        await sys.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id,
    schedule: async (
      cookie: string,
      b: {
        post: string;
        outgoingStart: string;
        start: string;
        end: string;
        outgoing: string;
        incoming: string;
      },
    ) =>
      inject(cookie, 'POST', '/api/handovers', {
        post: b.post,
        outgoingShiftStart: bj(b.outgoingStart),
        shiftStart: bj(b.start),
        shiftEnd: bj(b.end),
        outgoingUserId: b.outgoing,
        incomingUserId: b.incoming,
      }),
    move: (cookie: string, id: string, body: object) =>
      inject(cookie, 'POST', `/api/handovers/${id}/events`, body),
    /** A call of the branch's hotline as the CTI log keeps it. */
    call: async (branchId: string, ringLocal: string, answeredAfterSeconds: number | null) => {
      const ring = new Date(bj(ringLocal));
      const answered =
        answeredAfterSeconds === null ? null : new Date(ring.getTime() + answeredAfterSeconds * 1000);
      await sys.db
        .insertInto('calls')
        .values({
          id: randomUUID(),
          call_id: `T-${randomUUID()}`,
          branch_id: branchId,
          direction: 'inbound',
          queue: null,
          line_name: '农保',
          caller_masked: null,
          caller_enc: null,
          caller_bidx: null,
          agent_id: null,
          state: 'ended',
          events: [],
          ring_started_at: ring,
          answered_at: answered,
          ended_at: new Date(ring.getTime() + 120_000),
          hung_up_by: 'customer',
          rings: null,
          answered_within_rings: null,
          silent_log: null,
          simulated: false,
          created_at: ring,
          updated_at: ring,
        })
        .execute();
    },
  };
};
