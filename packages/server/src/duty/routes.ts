import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { assign, createPlan, getPlan, planByMonth, propose, publish, unassign } from './plan-service.ts';
import * as out from './response-schema.ts';
import { dutyRequestRoutes } from './routes-requests.ts';
import * as s from './schema.ts';
import { deletePost, deleteShift, deleteSkills } from './setup-delete.ts';
import { createPost, createShift, dutySetup, setSkills, updatePost, updateShift } from './setup-service.ts';

/** The duty roster (issue #16): setup and the monthly plan here; forecast, my shifts, leave and swaps in routes-requests.ts. */
export const dutyRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['duty'];
  const plan = { config: { access: 'duty.plan' as const } };
  const read = { config: { access: 'duty.read' as const } };

  r.get(
    '/api/duty/setup',
    {
      ...read,
      schema: {
        tags,
        querystring: s.branchQuery,
        response: out.setupResponse,
        summary: 'Posts, shift templates and agents of a branch',
      },
    },
    (q) => dutySetup(deps, ctx(q), q.query.branchId),
  );
  r.post(
    '/api/duty/posts',
    { ...plan, schema: { tags, body: s.postBody, response: out.postResponse, summary: 'Add a duty post' } },
    async (q, reply) => reply.status(201).send(await createPost(deps, ctx(q), q.body)),
  );
  r.put(
    '/api/duty/posts/:id',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.postBody,
        response: out.postResponse,
        summary: 'Change a duty post',
      },
    },
    (q) => updatePost(deps, ctx(q), q.params.id, q.body),
  );
  r.delete(
    '/api/duty/posts/:id',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        response: out.deletedResponse,
        summary: 'Delete a post with its shift templates; refused while a published plan uses them',
      },
    },
    (q) => deletePost(deps, ctx(q), q.params.id),
  );
  r.post(
    '/api/duty/shifts',
    {
      ...plan,
      schema: { tags, body: s.shiftBody, response: out.shiftResponse, summary: 'Add a shift template' },
    },
    async (q, reply) => reply.status(201).send(await createShift(deps, ctx(q), q.body)),
  );
  r.put(
    '/api/duty/shifts/:id',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.shiftBody,
        response: out.shiftResponse,
        summary: 'Change a shift template',
      },
    },
    (q) => updateShift(deps, ctx(q), q.params.id, q.body),
  );
  r.delete(
    '/api/duty/shifts/:id',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        response: out.deletedResponse,
        summary: 'Delete a shift template; refused while a published plan uses it',
      },
    },
    (q) => deleteShift(deps, ctx(q), q.params.id),
  );
  r.put(
    '/api/duty/agents/:id/skills',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.skillsBody,
        response: out.agentResponse,
        summary: 'Set an agent’s skills and weekly cap',
      },
    },
    (q) => setSkills(deps, ctx(q), q.params.id, q.body),
  );
  r.delete(
    '/api/duty/agents/:id/skills',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        response: out.deletedResponse,
        summary:
          'Remove an agent’s recorded skills and cap (back to the defaults); refused while a published plan needs them',
      },
    },
    (q) => deleteSkills(deps, ctx(q), q.params.id),
  );

  r.get(
    '/api/duty/plans',
    {
      ...read,
      schema: {
        tags,
        querystring: s.planQuery,
        response: out.planOrNullResponse,
        summary: 'The plan of a branch and month, if any',
      },
    },
    (q) => planByMonth(deps, ctx(q), q.query),
  );
  r.post(
    '/api/duty/plans',
    {
      ...plan,
      schema: {
        tags,
        body: s.createPlanBody,
        response: out.planResponse,
        summary: 'Create a draft monthly plan',
      },
    },
    async (q, reply) => reply.status(201).send(await createPlan(deps, ctx(q), q.body)),
  );
  r.get(
    '/api/duty/plans/:id',
    {
      ...read,
      schema: { tags, params: s.idParams, response: out.planResponse, summary: 'A plan with its violations' },
    },
    (q) => getPlan(deps, ctx(q), q.params.id),
  );
  r.post(
    '/api/duty/plans/:id/assignments',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.assignBody,
        response: out.planResponse,
        summary: 'Assign a shift; answers the plan re-checked',
      },
    },
    (q) => assign(deps, ctx(q), q.params.id, q.body),
  );
  r.delete(
    '/api/duty/plans/:id/assignments/:assignmentId',
    {
      ...plan,
      schema: {
        tags,
        params: s.assignmentParams,
        response: out.planResponse,
        summary: 'Remove an assignment; answers the plan re-checked',
      },
    },
    (q) => unassign(deps, ctx(q), q.params.id, q.params.assignmentId),
  );
  r.post(
    '/api/duty/plans/:id/propose',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.proposeBody,
        response: out.proposalResponse,
        summary: 'Replace the draft by a proposal (HiGHS MIP, or greedy)',
      },
    },
    (q) => propose(deps, ctx(q), q.params.id, q.body),
  );
  r.post(
    '/api/duty/plans/:id/publish',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        response: out.planResponse,
        summary: 'Publish; refused with the violations while any remains',
      },
    },
    (q) => publish(deps, ctx(q), q.params.id),
  );
  await dutyRequestRoutes(deps)(app);
};
