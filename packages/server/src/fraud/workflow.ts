import { randomUUID } from 'node:crypto';
import { ROLE_PERMISSIONS, ROLES } from '@claimline/domain/access';
import { INVESTIGATION_MACHINE, type InvestigationFacts } from '@claimline/domain/fraud';
import { sealColumns } from '../crypto/sealed-text.ts';
import { AppError } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import { notifyPeople } from '../notifications/people.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import {
  findInvestigation,
  type InvestigationPatch,
  type InvestigationRow,
  insertEntry,
  investigatorsIn,
  updateInvestigationVersioned,
} from './repository.ts';
import type { InvestigationMoveBody } from './schema.ts';

type Env = MoveEnv<InvestigationRow, InvestigationMoveBody, InvestigationPatch, string, InvestigationFacts>;

/** Roles that may investigate: read off the one permission table, never listed again here. */
export const INVESTIGATOR_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('fraud.investigate'));

export const investigationFacts = (
  row: InvestigationRow,
  ctx: RequestCtx,
  input?: Partial<InvestigationMoveBody>,
): InvestigationFacts => ({
  isManager: ctx.actor.permissions.includes('fraud.manage'),
  isAssignee: row.assignee_id === ctx.actor.id,
  isConcluder: row.concluded_by === ctx.actor.id,
  assigneeGiven: input?.assigneeId !== undefined,
  outcome: input?.outcome,
  note: input?.note,
});

/** An evidence-file entry; its note is sealed like other free text about people. */
export const addEntry = async (
  env: Pick<Env, 'deps' | 'tx' | 'ctx' | 'now'>,
  investigationId: string,
  kind: 'evidence' | 'interview' | 'conclusion' | 'sendBack',
  note: string,
  documentRef: string | null = null,
) => {
  const id = randomUUID();
  const sealed = await sealColumns(
    env.deps.crypto,
    env.tx,
    'fraud_investigation_entries',
    id,
    { note },
    env.now,
  );
  await insertEntry(env.tx, {
    id,
    investigation_id: investigationId,
    kind,
    note: sealed.note,
    document_ref: documentRef,
    by_id: env.ctx.actor.id,
    at: env.now,
  });
};

export const INVESTIGATION_WORKFLOW = defineWorkflow(INVESTIGATION_MACHINE)<
  InvestigationRow,
  InvestigationMoveBody,
  InvestigationPatch
>({
  lock: (tx, ctx, id) => findInvestigation(tx, id, ctx.actor.scope, true),
  notFound: 'FRAUD_INVESTIGATION_NOT_FOUND',
  stateOf: (r) => r.state,
  versionOf: (r) => r.version,
  facts: ({ row, ctx, input }) => investigationFacts(row, ctx, input),
  effects: {
    setAssignee: async ({ tx, row, input, patch, now }: Env) => {
      // The investigator works in the case's branch subtree and holds fraud.investigate.
      const ok = (await investigatorsIn(tx, [row.branch_id], INVESTIGATOR_ROLES)).some(
        (u) => u.id === input.assigneeId,
      );
      if (!ok || !input.assigneeId) throw new AppError('FRAUD_ASSIGNEE_NOT_FOUND');
      patch.assignee_id = input.assigneeId;
      await notifyPeople(tx, [input.assigneeId], {
        kind: 'warn',
        zh: `反欺诈调查已分派给您：${row.case_number}`,
        en: `A fraud investigation was assigned to you: ${row.case_number}`,
        now,
      });
    },
    recordInterview: (env: Env) => addEntry(env, env.row.id, 'interview', env.input.note ?? ''),
    recordConclusion: async (env: Env) => {
      const reason = env.input.note ?? '';
      const sealed = await sealColumns(
        env.deps.crypto,
        env.tx,
        'fraud_investigations',
        env.row.id,
        { conclusion_reason: reason },
        env.now,
      );
      Object.assign(env.patch, {
        outcome: env.input.outcome ?? null,
        conclusion_reason: sealed.conclusion_reason,
        concluded_by: env.ctx.actor.id,
        concluded_at: env.now,
      });
      env.data.outcome = env.input.outcome;
      await addEntry(env, env.row.id, 'conclusion', reason);
    },
    recordApproval: ({ patch, ctx, now, row, data }: Env) => {
      patch.approved_by = ctx.actor.id;
      patch.approved_at = now;
      data.outcome = row.outcome;
    },
    // The earlier conclusion stays in the evidence file (its entry); the row is cleared for a new one.
    clearConclusion: async (env: Env) => {
      Object.assign(env.patch, {
        outcome: null,
        conclusion_reason: null,
        concluded_by: null,
        concluded_at: null,
      });
      await addEntry(env, env.row.id, 'sendBack', env.input.note ?? '');
    },
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateInvestigationVersioned(tx, row.id, row.version, patch),
  record: {
    // Not on the claim's timeline: an investigation is not shown to the desk that serves the customer.
    caseId: () => null,
    objectType: 'fraudInvestigation',
    objectId: (r) => r.id,
    note: () => null,
    details: (r) => ({ caseId: r.case_id, number: r.case_number }),
  },
});
