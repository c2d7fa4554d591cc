import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { findForbidden } from './guard.ts';
import { loadPack } from './packs.ts';
import * as repo from './repository.ts';
import {
  checkTextBody,
  checkTextResponse,
  deskResponse,
  hotlineSettingsBody,
  hotlineSettingsResponse,
  type OverrideHit,
  overridesQuery,
  overridesResponse,
  packKindParams,
  packResponse,
  packVersionParams,
  packVersionsResponse,
  savePackBody,
} from './schema.ts';
import { deskContext, packVersions, savePack, updateHotlineSettings } from './service.ts';
import { getHotlineSettings } from './settings.ts';

export const scriptsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['scripts'];

  r.get(
    '/api/scripts/desk',
    {
      config: { access: 'script.read' },
      schema: {
        tags,
        response: deskResponse,
        summary: 'Standard phrases, forbidden phrases and the values that fill them, for the agent desk',
      },
    },
    (request) => deskContext(deps, ctxOf(request)),
  );

  r.get(
    '/api/scripts/packs/:kind',
    {
      config: { access: 'script.read' },
      schema: {
        tags,
        params: packKindParams,
        response: packResponse,
        summary: 'The pack in force (forbidden phrases, standard phrases, QA scorecard)',
      },
    },
    (request) => loadPack(deps.db, request.params.kind),
  );

  r.get(
    '/api/scripts/packs/:kind/versions',
    {
      config: { access: 'script.read' },
      schema: {
        tags,
        params: packKindParams,
        response: packVersionsResponse,
        summary: 'Saved versions of a pack, newest first; version 0 is the shipped default',
      },
    },
    (request) => packVersions(deps, request.params.kind),
  );

  r.get(
    '/api/scripts/packs/:kind/versions/:version',
    {
      config: { access: 'script.read' },
      schema: {
        tags,
        params: packVersionParams,
        response: packResponse,
        summary: 'One saved version of a pack',
      },
    },
    async (request) => {
      const { kind, version } = request.params;
      if (version > (await repo.latestVersion(deps.db, kind))) throw new AppError('PACK_NOT_FOUND');
      return loadPack(deps.db, kind, version);
    },
  );

  r.post(
    '/api/scripts/packs/:kind',
    {
      config: { access: 'script.manage' },
      schema: {
        tags,
        params: packKindParams,
        body: savePackBody,
        response: packResponse,
        summary: 'Save a new version of a pack (validated; refused if baseVersion is not the latest)',
      },
    },
    (request) => savePack(deps, ctxOf(request), request.params.kind, request.body),
  );

  r.post(
    '/api/scripts/check',
    {
      config: { access: 'script.read' },
      schema: {
        tags,
        body: checkTextBody,
        response: checkTextResponse,
        summary: 'Find forbidden phrases in a text, with positions and alternatives',
      },
    },
    async (request) => findForbidden(deps, deps.db, request.body.text),
  );

  r.get(
    '/api/scripts/overrides',
    {
      config: { access: 'qa.review' },
      schema: {
        tags,
        querystring: overridesQuery,
        response: overridesResponse,
        summary: 'Texts sent with a forbidden phrase and the reason given',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const to = ctx.clock.now();
      const from = new Date(to.getTime() - request.query.days * 86_400_000);
      const rows = await repo.listOverrides(deps.db, ctx.actor.scope, { ...request.query, from, to });
      return {
        items: rows.map((o) => ({
          id: o.id,
          at: o.at,
          actorId: o.actor_id,
          actorName: o.actor_name,
          agentNo: o.agent_no,
          caseId: o.case_id,
          caseNumber: o.case_number,
          field: o.field,
          reason: o.reason,
          hits: o.hits as OverrideHit[],
        })),
      };
    },
  );

  r.get(
    '/api/scripts/settings',
    {
      config: { access: 'script.read' },
      schema: {
        tags,
        response: hotlineSettingsResponse,
        summary: 'Hotline settings (line name, rings, reply hours)',
      },
    },
    () => getHotlineSettings(deps.db),
  );

  r.put(
    '/api/scripts/settings',
    {
      config: { access: 'script.manage' },
      schema: {
        tags,
        body: hotlineSettingsBody,
        response: hotlineSettingsResponse,
        summary: 'Change the hotline settings',
      },
    },
    (request) => updateHotlineSettings(deps, ctxOf(request), request.body),
  );
};
