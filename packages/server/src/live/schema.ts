import { LIVE_KINDS, type LiveKind } from '@claimline/domain/live';
import { z } from 'zod';
import { answers, named } from '../http/answers.ts';

/** `kinds=case,notification`: the kinds of change a console wants (all when absent). */
export const liveQuery = z.object({
  kinds: z
    .string()
    .max(400)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return [...LIVE_KINDS];
      const kinds = v.split(',');
      const unknown = kinds.filter((k) => !(LIVE_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `unknown kinds: ${unknown.join(',')}` });
        return z.NEVER;
      }
      return kinds as LiveKind[];
    }),
});

/**
 * A live stream's messages (text/event-stream): `change` with `{ kind, id }` (ids only), `refetch` when what was
 * missed is no longer known, `ready` once the stream is open. A client without `Accept: text/event-stream` gets
 * this node's status instead.
 */
export const liveStatus = named(
  'LiveStatus',
  z.object({
    nodeId: z.string(),
    lastEventId: z.string(),
    connections: z.number().int(),
    kinds: z.array(z.enum(LIVE_KINDS)),
  }),
);
export const liveResponse = answers({ 200: liveStatus });
