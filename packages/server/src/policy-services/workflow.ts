import type { TimelineEventType } from '@claimline/domain/cases';
import { beijingMidnight } from '@claimline/domain/core';
import {
  caseStatusOfPolicyService,
  ENDORSEMENT_MACHINE,
  type PolicyServiceState,
  SURRENDER_MACHINE,
} from '@claimline/domain/policy-services';
import * as caseRepo from '../cases/repository.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import { meetCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { createPolicySource } from '../policies/factory.ts';
import { defineWorkflow, type MoveEnv, runMove } from '../workflow/run-move.ts';
import * as repo from './repository.ts';
import type { ServiceEventBody } from './schema.ts';
import { buildServiceDetail, documentsOf, noteOf, serviceFacts } from './views.ts';

type Patch = {
  service: Parameters<typeof repo.updateService>[2];
  case: Parameters<typeof caseRepo.updateCaseVersioned>[3];
};
/** A complete move of a surrender carries the refund; the core system's figure is added before the move. */
type Input = ServiceEventBody & { coreRefundFen?: number | null };
type Env = MoveEnv<repo.ServiceRow, Input, Patch>;

const EFFECTS = {
  recordDocuments: ({ row, input, patch, data }: Env) => {
    if (input.event !== 'recordDocuments') return;
    const docs = documentsOf(row);
    for (const id of input.received)
      if (!docs.some((d) => d.id === id)) throw new AppError('POLICY_SERVICE_DOCUMENT_UNKNOWN', { id });
    const received = new Set(input.received);
    patch.service.documents = JSON.stringify(docs.map((d) => ({ ...d, received: received.has(d.id) })));
    Object.assign(data, { received: [...received], total: docs.length });
  },
  recordHandover: ({ now, input, patch, data }: Env) => {
    if (input.event !== 'handOver') return;
    patch.service.recipient = input.recipient.trim();
    patch.service.handed_over_at = now;
    data.recipient = input.recipient.trim();
  },
  // The refund as the insurer's system gave it, else as typed from the insurer's answer: exact fen either way.
  recordRefund: ({ input, patch, data }: Env) => {
    if (input.event !== 'complete' || input.refundFen === undefined) return;
    patch.service.refund_fen = input.refundFen;
    patch.service.refund_source = input.coreRefundFen === input.refundFen ? 'core' : 'entered';
    Object.assign(data, { refundFen: input.refundFen, refundSource: patch.service.refund_source });
  },
  recordOutcome: ({ now, input, patch }: Env) => {
    patch.service.outcome_note = noteOf(input) ?? null;
    patch.service.finished_at = now;
    patch.case.closed_at = now;
  },
};

const TIMELINE: Record<string, TimelineEventType> = {
  recordDocuments: 'serviceDocumentsRecorded',
  handOver: 'serviceHandedOver',
  complete: 'serviceCompleted',
  decline: 'serviceDeclined',
  withdraw: 'serviceWithdrawn',
};

const frame = {
  lock: (tx: Parameters<typeof repo.findScopedService>[0], ctx: RequestCtx, id: string) =>
    repo.findScopedService(tx, id, ctx.actor.scope, true),
  notFound: 'POLICY_SERVICE_NOT_FOUND',
  stateOf: (r: repo.ServiceRow) => r.state,
  versionOf: (r: repo.ServiceRow) => r.version,
  facts: ({ row, ctx, input }: Pick<Env, 'row' | 'ctx' | 'input'>) => serviceFacts(row, ctx, input),
  patch: ({ to, now }: Pick<Env, 'to' | 'now'>): Patch => ({
    service: { state: to, updated_at: now },
    case: { status: caseStatusOfPolicyService(to as PolicyServiceState), updated_at: now },
  }),
  save: async ({ deps, tx, row, patch, now }: Env) => {
    // The insurer's answer may carry an ID or phone number: sealed like the other free texts (issue #18 part 6).
    const service = await sealColumns(deps.crypto, tx, 'policy_services', row.case_id, patch.service, now);
    await repo.updateService(tx, row.case_id, service);
    return (await caseRepo.updateCaseVersioned(tx, row.case_id, row.version, patch.case)) !== undefined;
  },
  // C7: the hand-over meets the hand-over deadline; the insurer's answer or a withdrawal meets completion.
  after: async ({ tx, row, name, now }: Env) => {
    await meetCaseDeadlines(tx, row.case_id, name, now);
    if (name === 'complete' && row.kind === 'endorsement' && row.change_type === 'sumInsured') {
      // The amount and date are not personal data: the masked copy holds them as entered.
      const raw = row.change_masked;
      const c = (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? {})) as {
        newSumInsuredFen?: number;
        effectiveDate?: string;
      };
      const [y, m, d] = (c.effectiveDate ?? '').split('-').map(Number);
      if (c.newSumInsuredFen && y && m && d)
        await repo.applySumInsuredChange(tx, row.policy_id, c.newSumInsuredFen, beijingMidnight({ y, m, d }));
    }
  },
  record: {
    caseId: (r: repo.ServiceRow) => r.case_id,
    objectType: 'case',
    objectId: (r: repo.ServiceRow) => r.case_id,
    note: ({ input }: Env) => noteOf(input) ?? null,
    timelineType: ({ name }: Env) => TIMELINE[name] ?? 'note',
    details: (r: repo.ServiceRow) => ({ number: r.number, policyNo: r.policy_no }),
  },
} as const;

const SURRENDER_WORKFLOW = defineWorkflow(SURRENDER_MACHINE)<repo.ServiceRow, Input, Patch>({
  ...frame,
  effects: EFFECTS,
});
const { recordRefund: _r, ...endorsementEffects } = EFFECTS;
const ENDORSEMENT_WORKFLOW = defineWorkflow(ENDORSEMENT_MACHINE)<repo.ServiceRow, Input, Patch>({
  ...frame,
  effects: endorsementEffects,
});

/**
 * One move of a surrender or endorsement on its own table. Completing a surrender without a typed refund asks the
 * policy source first (outside the move's transaction: the core system is a network call); the local copy has
 * none, so then the person types the insurer's figure.
 */
export const applyServiceEvent = async (deps: Deps, ctx: RequestCtx, id: string, body: ServiceEventBody) => {
  const head = await repo.findScopedService(deps.db, id, ctx.actor.scope);
  if (!head) throw new AppError('POLICY_SERVICE_NOT_FOUND');
  const view = (tx: Parameters<typeof buildServiceDetail>[1]) => buildServiceDetail(deps, tx, ctx, id);
  if (head.kind === 'endorsement') return runMove(deps, ctx, ENDORSEMENT_WORKFLOW, id, body, view);
  let input: Input = body;
  if (body.event === 'complete') {
    const coreRefundFen = (await createPolicySource(deps).surrenderRefund?.(head.policy_no)) ?? null;
    input = { ...body, coreRefundFen, refundFen: body.refundFen ?? coreRefundFen ?? undefined };
  }
  return runMove(deps, ctx, SURRENDER_WORKFLOW, id, input, view);
};
