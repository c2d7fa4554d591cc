import { INVESTIGATION_MACHINE, type SignalHit } from '@claimline/domain/fraud';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { runMove } from '../workflow/run-move.ts';
import {
  entriesOf,
  findInvestigation,
  investigatorsIn,
  latestScore,
  listInvestigations,
  namesOf,
  type QueueFilter,
  scopedClaimCase,
} from './repository.ts';
import type { EvidenceBody, InvestigationMoveBody } from './schema.ts';
import { loadFraudSettings } from './settings-repository.ts';
import { ENTRY_KINDS, hitView, stateLabel, summaryView } from './views.ts';
import { addEntry, INVESTIGATION_WORKFLOW, INVESTIGATOR_ROLES, investigationFacts } from './workflow.ts';

/** Every look at a flagged file leaves an audit row (who, which file, when). */
const auditView = (tx: Tx, ctx: RequestCtx, investigationId: string, caseId: string) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'fraudInvestigation.view',
    objectType: 'fraudInvestigation',
    objectId: investigationId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { caseId },
  });

export const fraudQueue = async (deps: Deps, ctx: RequestCtx, filter: QueueFilter) => {
  const rows = await listInvestigations(deps.db, ctx.actor.scope, filter, ctx.actor.id);
  const names = await namesOf(
    deps.db,
    rows.map((r) => r.assignee_id),
  );
  return { items: rows.map((r) => summaryView(r, names)) };
};

const detail = async (tx: Db | Tx, ctx: RequestCtx, id: string) => {
  const r = await findInvestigation(tx, id, ctx.actor.scope);
  if (!r) throw new AppError('FRAUD_INVESTIGATION_NOT_FOUND');
  const [score, entries, names, people] = await Promise.all([
    latestScore(tx, r.case_id),
    entriesOf(tx, r.id),
    namesOf(tx, [r.assignee_id, r.concluded_by, r.approved_by]),
    investigatorsIn(tx, [r.branch_id], INVESTIGATOR_ROLES),
  ]);
  const person = (x: string | null) => (x ? { id: x, name: names.get(x) ?? '' } : null);
  const open = r.state === 'investigating' || r.state === 'interviewing';
  return {
    ...summaryView(r, names),
    hits: ((score?.hits ?? []) as SignalHit[]).map(hitView),
    // The sealed copy: an ID or phone number typed in the reason shows masked.
    conclusionReason: r.conclusion_reason,
    concludedBy: person(r.concluded_by),
    concludedAt: r.concluded_at,
    approvedBy: person(r.approved_by),
    approvedAt: r.approved_at,
    entries: entries.map((e) => ({
      kind: ENTRY_KINDS[e.kind] ?? { zh: '其他', en: 'Other' },
      note: e.note,
      documentRef: e.document_ref,
      by: e.display_name,
      at: e.at,
    })),
    investigators: people.map((p) => ({ id: p.id, name: p.display_name })),
    moves: offeredMoves(INVESTIGATION_MACHINE, r.state, investigationFacts(r, ctx)),
    canAddEvidence: open && r.assignee_id === ctx.actor.id,
  };
};

/** The investigation file; the look is audited in the same transaction as the read. */
export const investigationDetail = (deps: Deps, ctx: RequestCtx, id: string) =>
  deps.db.transaction().execute(async (tx) => {
    const d = await detail(tx, ctx, id);
    await auditView(tx, ctx, d.id, d.caseId);
    return d;
  });

export const moveInvestigation = (deps: Deps, ctx: RequestCtx, id: string, body: InvestigationMoveBody) =>
  runMove(deps, ctx, INVESTIGATION_WORKFLOW, id, body, (tx) => detail(tx, ctx, id));

/** Evidence (a note, a document reference) by the investigator while the case is open; audited, never edited. */
export const addEvidence = (deps: Deps, ctx: RequestCtx, id: string, body: EvidenceBody) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await findInvestigation(tx, id, ctx.actor.scope, true);
    if (!r) throw new AppError('FRAUD_INVESTIGATION_NOT_FOUND');
    if (r.state !== 'investigating' && r.state !== 'interviewing')
      throw new AppError('FRAUD_EVIDENCE_CLOSED');
    if (r.assignee_id !== ctx.actor.id) throw new AppError('FRAUD_NOT_INVESTIGATOR');
    const now = ctx.clock.now();
    await addEntry({ deps, tx, ctx, now }, r.id, 'evidence', body.note, body.documentRef ?? null);
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'fraudInvestigation.evidence',
      objectType: 'fraudInvestigation',
      objectId: r.id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { caseId: r.case_id, documentRef: body.documentRef ?? null },
    });
    return detail(tx, ctx, id);
  });

/**
 * The score of a claim with its reasons, for the claim screens. A claim with an investigation is a flagged file:
 * the look is audited. The claim's own screens and clocks never depend on this answer (art. 23).
 */
export const caseScore = (deps: Deps, ctx: RequestCtx, caseId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const c = await scopedClaimCase(tx, caseId, ctx.actor.scope);
    if (!c) throw new AppError('FRAUD_CASE_NOT_FOUND');
    const [score, { settings }, inv] = await Promise.all([
      latestScore(tx, caseId),
      loadFraudSettings(tx),
      tx
        .selectFrom('fraud_investigations')
        .select(['id', 'state'])
        .where('case_id', '=', caseId)
        .executeTakeFirst(),
    ]);
    if (inv) await auditView(tx, ctx, inv.id, caseId);
    return {
      caseId,
      score: score?.score ?? 0,
      threshold: settings.threshold,
      flagged: (score?.score ?? 0) >= settings.threshold,
      hits: ((score?.hits ?? []) as SignalHit[]).map(hitView),
      scoredAt: score?.created_at ?? ctx.clock.now(),
      investigationId: inv?.id ?? null,
      investigationState: inv ? stateLabel(inv.state) : null,
    };
  });
