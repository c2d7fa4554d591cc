import {
  type ApplicationDocument,
  CLAIM_APPLICATION_MACHINE,
  type ClaimApplicationEffect,
  caseStatusOfClaimApplication,
  missingDocuments,
  settlementOf,
} from '@claimline/domain/claim-applications';
import * as caseRepo from '../cases/repository.ts';
import { sealJson } from '../crypto/sealed-json.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import { meetCaseDeadlines, openCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { checkCustomerTexts } from '../scripts/guard.ts';
import { defineWorkflow, runMove } from '../workflow/run-move.ts';
import { recordAdvancePayment } from './advance-effects.ts';
import { runApplicationMovedHooks } from './after-move-hooks.ts';
import {
  approvePending,
  openApproval,
  recordAssessment,
  recordDecision,
  rejectPending,
} from './decision-effects.ts';
import {
  type ApplicationPatch,
  applicationFacts,
  documentsOf,
  type ApplicationEnv as Env,
  type LoadedApplication,
  loadApplication,
  noteOf,
} from './facts.ts';
import * as repo from './repository.ts';
import type { ApplicationEventBody } from './schema.ts';
import { buildApplicationDetail } from './views.ts';

const view = (d: ApplicationDocument) => ({ id: d.id, label: d.label, form: d.form });

/** One small handler per effect; the type makes the list exhaustive. */
const EFFECTS: { readonly [K in ClaimApplicationEffect]: (env: Env) => Promise<void> | void } = {
  recordDocuments: ({ row, input, patch, data }) => {
    if (input.event !== 'recordDocuments') return;
    const docs = documentsOf(row);
    const byId = new Map(input.documents.map((d) => [d.id, d]));
    for (const id of byId.keys())
      if (!docs.some((d) => d.id === id)) throw new AppError('CLAIM_DOCUMENT_UNKNOWN', { id });
    const next = docs.map((d) => {
      const r = byId.get(d.id);
      // A document not received cannot be verified or returned, nor have a form.
      return r ? { ...d, ...r, form: r.received ? r.form : null, verified: r.received && r.verified } : d;
    });
    const satisfied = next.length - missingDocuments(next).length;
    patch.application.documents = JSON.stringify(next);
    // Kept beside the documents for the board, which shows 500 applications' progress at once (0019).
    patch.application.documents_satisfied = satisfied;
    patch.application.documents_total = next.length;
    Object.assign(data, { changed: [...byId.keys()], satisfied, total: next.length });
  },
  // 保险法第二十二条: everything still missing, at once and once; the notice's list is frozen here.
  issueMissingNotice: ({ ctx, now, row, patch, data }) => {
    const missing = missingDocuments(documentsOf(row)).map(view);
    patch.application.missing_notice = JSON.stringify({ items: missing, by: ctx.actor.displayName });
    patch.application.missing_notice_at = now;
    Object.assign(data, { missing: missing.map((m) => m.id) });
  },
  // Seed 003 §(五): the 3 working days run from receiving the complete materials; art. 23's 30 days too.
  openHandoverClock: async ({ tx, now, row, patch }) => {
    patch.application.complete_at = now;
    await openCaseDeadlines(
      tx,
      { caseId: row.case_id, caseKind: 'claimApplication', branchId: row.branch_id },
      now,
      'materialsComplete',
    );
  },
  recordTransmittal: ({ ctx, now, row, input, patch, data }) => {
    if (input.event !== 'handOver') return;
    const items = documentsOf(row)
      .filter((d) => d.received)
      .map(view);
    const handover = { recipient: (input.recipient ?? '').trim(), by: ctx.actor.displayName, items };
    patch.application.handover = JSON.stringify(handover);
    patch.application.handed_over_at = now;
    Object.assign(data, { recipient: handover.recipient, items: items.length });
  },
  recordReceipt: ({ ctx, now, input, patch }) => {
    patch.application.receipt = JSON.stringify({ note: noteOf(input), by: ctx.actor.displayName });
    patch.application.receipt_confirmed_at = now;
  },
  recordAssessment,
  recordAdvancePayment,
  recordDecision,
  openApproval,
  approvePending,
  rejectPending,
  // Art. 25: what was advanced is deducted; the balance is what this payment pays.
  recordPayment: ({ now, row, patch, data }) => {
    patch.application.paid_at = now;
    const d = row.decision_detail as { amountFen?: number } | null;
    const s = settlementOf(d?.amountFen ?? 0, Number(row.advance_fen ?? 0));
    Object.assign(data, { amountFen: s.decidedFen, advanceFen: s.advanceFen, balanceFen: s.balanceFen });
  },
  recordRefusal: ({ now, patch }) => {
    patch.application.refused_at = now;
  },
  markClosed: ({ now, patch }) => {
    patch.case.closed_at = now;
  },
  markArchived: ({ now, patch }) => {
    patch.application.archived_at = now;
  },
};

/**
 * The claim application on the workflow kernel: the machine decides, the handlers above write the application,
 * and the runner locks, checks the case version, saves both rows and leaves one timeline event and one
 * `claimApplication.<move>` audit row. Deadlines a move meets (the insurer's receipt meets the hand-over) are met
 * by the move's name after the save.
 */
export const APPLICATION_WORKFLOW = defineWorkflow(CLAIM_APPLICATION_MACHINE)<
  LoadedApplication,
  ApplicationEventBody,
  ApplicationPatch
>({
  lock: (tx, ctx, id) => loadApplication(tx, id, ctx.actor.scope, true),
  notFound: 'CLAIM_APPLICATION_NOT_FOUND',
  stateOf: (r) => r.state,
  versionOf: (r) => r.version,
  facts: ({ row, ctx, input }) => applicationFacts(row, ctx, input),
  // C8: a decision's reasons are printed in the customer's letter (Insurance Law art. 24), so they are checked.
  before: async ({ deps, tx, ctx, row, input }) => {
    if (input.event !== 'decide') return;
    await checkCustomerTexts(deps, tx, ctx, {
      texts: input.reasons.map((r, i) => ({ field: `reasons.${i}`, text: r.text })),
      caseId: row.case_id,
      overrideReason: input.overrideReason,
    });
  },
  effects: EFFECTS,
  patch: ({ row, to, now }) => {
    const status = caseStatusOfClaimApplication(to);
    return {
      application: { state: to, updated_at: now },
      case: {
        status,
        updated_at: now,
        ...(status === 'resolved' && row.status !== 'resolved' ? { resolved_at: now } : {}),
      },
    };
  },
  save: async ({ deps, tx, row, patch, now }) => {
    // An assessment or decision note typed with an ID or phone number is sealed (issue #18 part 6).
    const application = await sealColumns(
      deps.crypto,
      tx,
      'claim_applications',
      row.case_id,
      patch.application,
      now,
    );
    // A decision's reasons and an advance's basis are texts inside JSON: sealed the same way.
    for (const column of ['decision_detail', 'advance_payment'] as const)
      if (typeof application[column] === 'string')
        application[column] = JSON.stringify(
          await sealJson(
            deps.crypto,
            tx,
            { table: 'claim_applications', rowId: row.case_id, column },
            application[column],
            now,
          ),
        );
    await repo.updateApplication(tx, row.case_id, application);
    return (await caseRepo.updateCaseVersioned(tx, row.case_id, row.version, patch.case)) !== undefined;
  },
  after: async ({ deps, tx, ctx, row, name, now }) => {
    await meetCaseDeadlines(tx, row.case_id, name, now);
    await runApplicationMovedHooks({ deps, tx, ctx, caseId: row.case_id, name, now });
  },
  record: {
    caseId: (r) => r.case_id,
    objectType: 'case',
    objectId: (r) => r.case_id,
    note: ({ input }) => noteOf(input) ?? null,
    details: (r) => ({ number: r.number }),
  },
});

export const applyApplicationEvent = (deps: Deps, ctx: RequestCtx, id: string, body: ApplicationEventBody) =>
  runMove(deps, ctx, APPLICATION_WORKFLOW, id, body, (tx) => buildApplicationDetail(deps, tx, ctx, id));
