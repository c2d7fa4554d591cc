import sse from '@fastify/sse';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/hook.ts';
import type { LiveHub } from './hub.ts';
import { liveQuery, liveResponse } from './schema.ts';

/**
 * A console that stops reading (a frozen tab, a dead network) would make the node buffer its frames without end;
 * past this much unsent it is cut off, and its browser reconnects with Last-Event-ID (or is told to refetch).
 */
const MAX_UNSENT_BYTES = 256 * 1024;

/** A comment line every 20 s keeps proxies from closing a quiet stream (most idle out at 30–60 s). */
const HEARTBEAT_MS = 20_000;

/**
 * GET /api/live: the console's one stream of changes (server-sent events). Thin: the hub decides who sees what;
 * this only opens the stream, resumes from `Last-Event-ID` and closes with the client.
 */
export const liveRoutes = (hub: LiveHub) => async (app: FastifyInstance) => {
  await app.register(sse, { heartbeatInterval: HEARTBEAT_MS });
  app.addHook('preClose', async () => hub.closeAll());
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/live',
    {
      sse: 'dual',
      config: { access: 'authenticated' },
      schema: {
        tags: ['live'],
        summary:
          'Live changes as server-sent events (Accept: text/event-stream); ids only, filtered by your branch scope',
        querystring: liveQuery,
        response: liveResponse,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const kinds = request.query.kinds;
      if (!reply.sse)
        return {
          nodeId: hub.nodeId,
          lastEventId: hub.eventId(hub.ring.last),
          connections: hub.connections,
          kinds,
        };
      const stream = reply.sse;
      stream.keepAlive();
      // The plugin negotiates, writes the headers, beats the heart and reports the close; the hub's frames are
      // already formatted, so they go to the socket as they are (a write per stream, no per-stream formatting).
      stream.sendHeaders();
      const raw = reply.raw;
      // The headers go out now, so that what follows on this socket is the body. On an HTTP/1.1 chunked answer
      // that owns its socket, a frame is written as the shared, already-framed chunk (LiveFrame.chunk): one socket
      // write per stream, no per-stream encoding. Otherwise (no socket of its own yet) it goes through the answer.
      raw.flushHeaders();
      const socket = raw.chunkedEncoding ? raw.socket : null;
      const unsubscribe = hub.subscribe(
        {
          viewer: { userId: actor.id, scope: new Set(actor.scope) },
          kinds: new Set(kinds),
          write: (frame) => {
            if (!stream.isConnected) return;
            // Backpressure: a console that does not read is cut off (it resumes with Last-Event-ID).
            if (raw.writableLength > MAX_UNSENT_BYTES) stream.close();
            else if (socket && !socket.destroyed) socket.write(frame.chunk);
            else raw.write(frame.text);
          },
          close: () => stream.close(),
        },
        stream.lastEventId,
      );
      stream.onClose(unsubscribe);
    },
  );
};
