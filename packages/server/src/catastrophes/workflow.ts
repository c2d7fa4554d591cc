import { CATASTROPHE_MACHINE, type CatastropheFacts } from '@claimline/domain/catastrophes';
import type { Actor, RequestCtx } from '../http/context.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import {
  type CatastrophePatch,
  type CatastropheRow,
  findCatastrophe,
  lineageOf,
  updateCatastropheVersioned,
} from './repository.ts';
import type { CatastropheMoveBody } from './schema.ts';

type Env = MoveEnv<CatastropheRow, CatastropheMoveBody, CatastrophePatch, string, CatastropheFacts>;

/** Head office is the root of the branch tree (as the claim and complaint rules editors decide it). */
export const atHeadOffice = (actor: Actor) =>
  actor.permissions.includes('catastrophe.manage') &&
  actor.branchPath.split('/').filter(Boolean).length === 1;

export const catastropheFacts = (ctx: RequestCtx, note?: string): CatastropheFacts => ({
  atHeadOffice: atHeadOffice(ctx.actor),
  note,
});

/** What a viewer can reach: the branches above theirs (an event over a province) and those below (their scope). */
export const reachOf = async (db: Parameters<typeof lineageOf>[0], actor: Actor) => [
  ...new Set([...(await lineageOf(db, actor.branchId)), ...actor.scope]),
];

export const CATASTROPHE_WORKFLOW = defineWorkflow(CATASTROPHE_MACHINE)<
  CatastropheRow,
  CatastropheMoveBody,
  CatastrophePatch
>({
  lock: async (tx, ctx, id) => findCatastrophe(tx, id, await reachOf(tx, ctx.actor), true),
  notFound: 'CATASTROPHE_NOT_FOUND',
  stateOf: (c) => c.state,
  versionOf: (c) => c.version,
  facts: ({ ctx, input }) => catastropheFacts(ctx, input.note),
  effects: {
    // The row's update itself is announced to the area's consoles by migration 0049's trigger, at commit.
    announce: ({ patch, input }: Env) => {
      if (input.note) patch.note = input.note;
    },
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateCatastropheVersioned(tx, row.id, row.version, patch),
  record: {
    caseId: () => null,
    objectType: 'catastrophe',
    objectId: (c) => c.id,
    note: ({ input }) => input.note ?? null,
    details: (c) => ({ code: c.code, name: c.name }),
  },
});
