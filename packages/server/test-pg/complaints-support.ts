import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { TestSystem } from './helpers.ts';

/** Beijing wall time as an ISO instant, the way the API answers. */
export const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

export const complaintBody = (over: Record<string, unknown> = {}) => ({
  channel: 'phone',
  subject: '理赔员服务态度差',
  description: '客户称理赔员电话中语气生硬，多次催促仍未告知理赔进度。',
  customerName: '王小明',
  customerPhone: '13900001111',
  product: '机动车商业保险',
  policyNo: 'PDAA2026110001',
  category: 'serviceAttitude',
  request: '要求道歉并尽快告知理赔结果',
  apologyGiven: true,
  committedReplyHours: 24,
  ...over,
});

export const tools = (sys: TestSystem) => {
  const inject = (
    cookie: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ): Promise<LightMyRequestResponse> =>
    sys.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
  return {
    /** Moves the frozen clock and logs in again (sessions time out after 30 idle minutes of the clock). */
    at: async (local: string, user = 'agent.bj') => {
      sys.clock.set(bj(local));
      return sys.login(user);
    },
    intake: (cookie: string, body = complaintBody(), key = randomBytes(8).toString('hex')) =>
      sys.app.inject({
        method: 'POST',
        url: '/api/complaints',
        headers: { cookie, 'idempotency-key': key },
        payload: body,
      }),
    get: (cookie: string, url: string) => inject(cookie, 'GET', url),
    event: (cookie: string, id: string, payload: Record<string, unknown>) =>
      inject(cookie, 'POST', `/api/complaints/${id}/events`, payload),
    feedback: (cookie: string, id: string, payload: Record<string, unknown>) =>
      inject(cookie, 'POST', `/api/complaints/${id}/feedback`, payload),
    userId: async (username: string) =>
      (
        await sys.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id,
  };
};

export type Detail = {
  id: string;
  number: string;
  version: number;
  ownerId: string;
  complaint: Record<string, unknown> & { state: string };
  availableComplaintEvents: string[];
  deadlines: { kind: string; dueAt: string; state: string; escalationLevel: number }[];
  events: { type: string; data: Record<string, unknown> }[];
  approvals: { kind: string; requiredLevel: string; outcome: string | null }[];
};
