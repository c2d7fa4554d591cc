import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../http/context.ts';
import { requireActor } from '../http/request-ctx.ts';
import { preferencesOf, savePreference } from './repository.ts';
import { COLUMN_LISTS, columnsBody, preferencesResponse } from './schema.ts';

const COLUMNS_PREFIX = 'columns.';

/** Only the signed-in person's own choices: the routes take no user id, so no one reads or writes another's. */
const columnsOf = async (deps: Deps, userId: string) => {
  const rows = await preferencesOf(deps.db, userId);
  const columns: Record<string, string[]> = {};
  for (const r of rows) {
    const list = r.key.slice(COLUMNS_PREFIX.length);
    // A list no longer offered, or a value not of the stored shape, is left out rather than failing the answer.
    if (!r.key.startsWith(COLUMNS_PREFIX) || !(COLUMN_LISTS as readonly string[]).includes(list)) continue;
    if (Array.isArray(r.value)) columns[list] = r.value.filter((k): k is string => typeof k === 'string');
  }
  return { columns };
};

export const preferencesRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['preferences'];
  r.get(
    '/api/me/preferences',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The signed-in person’s display choices (the columns hidden on each list)',
        response: preferencesResponse,
      },
    },
    (request) => columnsOf(deps, requireActor(request).id),
  );
  r.put(
    '/api/me/preferences/columns',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        body: columnsBody,
        summary: 'Remember which columns of a list the signed-in person hides',
        response: preferencesResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { list, hidden } = request.body;
      await savePreference(
        deps.db,
        actor.id,
        `${COLUMNS_PREFIX}${list}`,
        [...new Set(hidden)],
        deps.clock.now(),
      );
      return columnsOf(deps, actor.id);
    },
  );
};
