import type { ComplaintState } from '@claimline/domain/complaints';
import { appendAudit } from '../audit/audit.ts';
import { unsealRow } from '../crypto/sealed-text.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { renderDecisionLetter } from './letter-pdf.ts';
import * as repo from './repository.ts';

const CHANNEL_ZH: Record<string, string> = {
  phone: '电话',
  walkIn: '上门',
  fax: '传真',
  letter: '书信',
  online: '网络',
};
const READY: readonly ComplaintState[] = ['decided', 'informed', 'calledBack', 'closed'];

/**
 * The printable letter carries the complainant's full name, so producing it is a reveal (C11): it needs the
 * reveal permission and is audited, in the same transaction, before the file is returned.
 */
export const decisionLetter = (deps: Deps, ctx: RequestCtx, id: string) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await repo.findScopedComplaint(tx, id, ctx.actor.scope);
    if (!r) throw new AppError('CASE_NOT_FOUND');
    if (!READY.includes(r.state as ComplaintState) || !r.decision)
      throw new AppError('COMPLAINT_LETTER_NOT_READY');
    const name = r.customer_name_enc ? deps.crypto.decrypt(r.customer_name_enc) : '客户';
    // The letter is for the customer: it prints what they and we wrote in full, sealed or not (issue #18 part 6).
    const complaint = await unsealRow(deps.crypto, tx, 'complaints', id);
    const caseTexts = await unsealRow(deps.crypto, tx, 'cases', id);
    const full = (column: string, shown: string | null) => complaint.get(column) ?? shown;
    const pdf = await renderDecisionLetter(deps.settings.cjkFont, {
      number: r.number,
      complainantName: name,
      receivedAt: r.created_at,
      channelZh: CHANNEL_ZH[r.channel] ?? r.channel,
      subject: caseTexts.get('subject') ?? r.subject,
      request: full('request', r.request) ?? '',
      decision: full('decision', r.decision) ?? r.decision,
      findings: full('decision_findings', r.decision_findings),
      basis: full('decision_basis', r.decision_basis),
      superiorName: await repo.superiorBranchName(tx, r.branch_id),
      remedy: full('remedy', r.remedy),
      remedyAmount: r.remedy_amount === null ? null : Number(r.remedy_amount),
      branchName: r.branch_name,
      decidedAt: r.decided_at ?? ctx.clock.now(),
    });
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'complaint.letter',
      objectType: 'case',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { number: r.number, revealed: ['customerName'] },
    });
    return { number: r.number, pdf };
  });
