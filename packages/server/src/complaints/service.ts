import { internalReferencesIn } from '@claimline/domain/claim-applications';
import { COMPLAINT_MACHINE, caseStatusOfComplaint } from '@claimline/domain/complaints';
import * as caseRepo from '../cases/repository.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { checkCustomerTexts } from '../scripts/guard.ts';
import { defineWorkflow, runMove } from '../workflow/run-move.ts';
import { COMPLAINT_EFFECT_HANDLERS, type ComplaintEnv, type ComplaintPatch, noteOf } from './effects.ts';
import { complaintFacts, type LoadedComplaint, loadComplaint } from './move-context.ts';
import * as repo from './repository.ts';
import type { ComplaintEventBody } from './schema.ts';
import { buildComplaintDetail } from './views.ts';

/**
 * The complaint flow on the workflow kernel: the machine (domain/complaints) decides, the effect handlers
 * (effects.ts) write the complaint, its deadlines and approvals, and the runner locks, checks the version,
 * saves both rows and leaves one timeline event and one `complaint.<move>` audit row.
 */
export const COMPLAINT_WORKFLOW = defineWorkflow(COMPLAINT_MACHINE)<
  LoadedComplaint,
  ComplaintEventBody,
  ComplaintPatch
>({
  lock: (tx, ctx, id) => loadComplaint(tx, ctx, id, true),
  notFound: 'CASE_NOT_FOUND',
  stateOf: (c) => c.row.state,
  versionOf: (c) => c.row.version,
  facts: ({ ctx, now, row, input }) =>
    complaintFacts(row, ctx, now, {
      event: input.event,
      note: noteOf(input),
      assigneeId: input.event === 'assign' ? input.assigneeId : undefined,
      ...(input.event === 'decide' ? { amount: input.remedyAmount } : {}),
    }),
  // C8: what the complainant reads or hears (the decision and its letter, what we told them) is checked again here.
  before: async ({ deps, tx, ctx, row, input }) => {
    if (input.event !== 'decide' && input.event !== 'inform') return;
    const texts =
      input.event === 'decide'
        ? [
            { field: 'decision', text: input.decision },
            { field: 'findings', text: input.findings },
            { field: 'basis', text: input.basis },
            { field: 'remedy', text: input.remedy },
          ]
        : [{ field: 'note', text: input.note }];
    // The decision letter is a customer letter: no seed section, rule id or code may be printed in it.
    const internal = texts.filter((x) => x.text && internalReferencesIn(x.text).length > 0);
    if (input.event === 'decide' && internal.length > 0)
      throw new AppError(
        'COMPLAINT_LETTER_INTERNAL_REFERENCE',
        internal.flatMap((x) => onField(x.field, ERRORS.COMPLAINT_LETTER_INTERNAL_REFERENCE)),
      );
    await checkCustomerTexts(deps, tx, ctx, {
      texts,
      caseId: row.row.case_id,
      overrideReason: input.overrideReason,
    });
  },
  effects: COMPLAINT_EFFECT_HANDLERS,
  patch: ({ row, to, now }) => {
    const status = caseStatusOfComplaint(to);
    return {
      complaint: { state: to, updated_at: now },
      // A complaint that reaches a decision is resolved in the case list from that moment.
      case: {
        status,
        updated_at: now,
        ...(status === 'resolved' && row.row.status !== 'resolved' ? { resolved_at: now } : {}),
      },
    };
  },
  // The case row carries the version: the complaint row is written under the same row lock, then the case.
  save: async ({ deps, tx, row, patch, now }: ComplaintEnv) => {
    // Requests, decisions, findings and comments typed with an ID or phone number are sealed (issue #18 part 6).
    const complaint = await sealColumns(deps.crypto, tx, 'complaints', row.row.case_id, patch.complaint, now);
    await repo.updateComplaint(tx, row.row.case_id, complaint);
    return (
      (await caseRepo.updateCaseVersioned(tx, row.row.case_id, row.row.version, patch.case)) !== undefined
    );
  },
  record: {
    caseId: (c) => c.row.case_id,
    objectType: 'case',
    objectId: (c) => c.row.case_id,
    note: ({ input }) => noteOf(input) ?? (input.event === 'recordCallback' ? (input.comment ?? null) : null),
    details: (c) => ({ number: c.row.number }),
  },
});

/** One move of the complaint table in its own transaction, answered with the complaint detail. */
export const applyComplaintEvent = (deps: Deps, ctx: RequestCtx, id: string, body: ComplaintEventBody) =>
  runMove(deps, ctx, COMPLAINT_WORKFLOW, id, body, (tx) => buildComplaintDetail(deps, tx, ctx, id));
