import { can } from '@claimline/domain/access';
import {
  type CaseEvent,
  type CaseFacts,
  CONSULTATION_MACHINE,
  GENERAL_CASE_MACHINE,
  runsCaseMachine,
} from '@claimline/domain/cases';
import { meetCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { checkCustomerText } from '../scripts/guard.ts';
import { defineWorkflow, type LoadEnv, type MoveEnv, runMove } from '../workflow/run-move.ts';
import * as repo from './repository.ts';
import { buildCaseDetail } from './views.ts';

export type CaseMoveInput = {
  event: CaseEvent;
  version: number;
  note?: string | undefined;
  firstContactResolution?: boolean | undefined;
  overrideReason?: string | undefined;
};

type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.findScopedCase>>>;
type CasePatch = Parameters<typeof repo.updateCaseVersioned>[3];
type Env = MoveEnv<CaseRow, CaseMoveInput, CasePatch>;

export const caseFacts = (ctx: RequestCtx, row: CaseRow, note: string | undefined): CaseFacts => ({
  isOwner: row.owner_id === ctx.actor.id,
  canSupervise: can(ctx.actor.role, 'case.supervise'),
  note,
  transferPending: row.transfer_to_id !== null,
});

const effects = {
  recordAnswer: () => {},
  markResolved: (env: Env) => {
    env.patch.resolved_at = env.now;
    env.patch.first_contact_resolution = env.input.firstContactResolution ?? false;
    env.data.firstContactResolution = env.patch.first_contact_resolution;
  },
  markClosed: (env: Env) => {
    env.patch.closed_at = env.now;
  },
  clearResolution: (env: Env) => {
    Object.assign(env.patch, { resolved_at: null, closed_at: null, first_contact_resolution: null });
  },
};

const frame = {
  lock: (tx: LoadEnv<CaseRow, CaseMoveInput>['tx'], ctx: RequestCtx, id: string) =>
    repo.findScopedCase(tx, id, ctx.actor.scope, true),
  notFound: 'CASE_NOT_FOUND',
  stateOf: (r: CaseRow) => r.status,
  versionOf: (r: CaseRow) => r.version,
  facts: ({ ctx, row, input }: LoadEnv<CaseRow, CaseMoveInput>) => caseFacts(ctx, row, input.note),
  // C8: the answer and the resolution note are the reply the customer hears or reads.
  before: async ({ deps, tx, ctx, row, input, name }: Env) => {
    if (input.note && (name === 'answer' || name === 'resolve'))
      await checkCustomerText(deps, tx, ctx, {
        text: input.note,
        field: 'note',
        caseId: row.id,
        overrideReason: input.overrideReason,
      });
  },
  effects,
  patch: ({ to, now }: Pick<Env, 'to' | 'now'>): CasePatch => ({ status: to, updated_at: now }),
  save: async ({ tx, row, patch }: Env) =>
    (await repo.updateCaseVersioned(tx, row.id, row.version, patch)) !== undefined,
  // C7: an event that meets a deadline (answer → first response; close → all) closes it in this transaction.
  after: async ({ tx, row, name, now }: Env) => {
    await meetCaseDeadlines(tx, row.id, name, now);
  },
  record: {
    caseId: (r: CaseRow) => r.id,
    objectType: 'case',
    objectId: (r: CaseRow) => r.id,
    note: ({ input }: Env) => input.note ?? null,
  },
} as const;

const CONSULTATION_WORKFLOW = defineWorkflow(CONSULTATION_MACHINE)<CaseRow, CaseMoveInput, CasePatch>(frame);
const GENERAL_WORKFLOW = defineWorkflow(GENERAL_CASE_MACHINE)<CaseRow, CaseMoveInput, CasePatch>(frame);

/** One move of a case on the table of its kind; complaints answer their own route. */
export const runCaseMove = async (deps: Deps, ctx: RequestCtx, id: string, input: CaseMoveInput) => {
  const head = await repo.findScopedCase(deps.db, id, ctx.actor.scope);
  if (!head) throw new AppError('CASE_NOT_FOUND');
  const view = (tx: Parameters<typeof buildCaseDetail>[1]) => buildCaseDetail(deps, tx, ctx, id);
  if (!runsCaseMachine(head.kind))
    throw new AppError('TRANSITION_NOT_ALLOWED', { from: head.status, event: input.event });
  if (head.kind === 'consultation') return runMove(deps, ctx, CONSULTATION_WORKFLOW, id, input, view);
  return runMove(deps, ctx, GENERAL_WORKFLOW, id, input, view);
};
