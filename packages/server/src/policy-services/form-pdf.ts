import {
  applicationForm,
  type ChangeFields,
  type PolicyServiceKind,
  SURRENDER_REASON_LABELS,
  type SurrenderReason,
} from '@claimline/domain/policy-services';
import { appendAudit, appendAuditAlone } from '../audit/audit.ts';
import { localDay } from '../claims/views.ts';
import { unsealRow } from '../crypto/sealed-text.ts';
import { renderPdf, resolveCjkFont } from '../documents/pdf.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';
import { documentsOf } from './views.ts';

/**
 * The pre-filled 退保申请书 / 批改申请书 (domain applicationForm: words only, no internal codes or references).
 * It carries the customer's full names and the change's full values, so printing it is a reveal: the route needs
 * `personal.reveal`, and the audit row is written in the same transaction before the file is returned.
 */
export const applicationFormPdf = (deps: Deps, ctx: RequestCtx, caseId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await repo.findScopedService(tx, caseId, ctx.actor.scope);
    if (!r) throw new AppError('POLICY_SERVICE_NOT_FOUND');
    const kind = r.kind as PolicyServiceKind;
    const sealed = await unsealRow(deps.crypto, tx, 'policy_services', r.case_id);
    const form = applicationForm({
      kind,
      number: r.number,
      policyNo: r.policy_no,
      product: r.product,
      policyholderName: deps.crypto.decrypt(r.policyholder_name_enc),
      insuredName: deps.crypto.decrypt(r.insured_name_enc),
      ...(r.reason ? { reason: SURRENDER_REASON_LABELS[r.reason as SurrenderReason]?.zh ?? '' } : {}),
      reasonNote: sealed.get('reason_note') ?? r.reason_note,
      ...(r.change_enc ? { change: JSON.parse(deps.crypto.decrypt(r.change_enc)) as ChangeFields } : {}),
      documents: documentsOf(r).map((d) => d.zh),
      branchName: r.branch_name,
      day: localDay(ctx.clock.now()),
    });
    const font = resolveCjkFont(deps.settings.cjkFont);
    const pdf = await renderPdf(font, { title: form.title, subject: r.number }, (doc) => {
      doc.fontSize(20).text(form.title, { align: 'center' });
      doc.moveDown(1).fontSize(12);
      for (const f of form.fields) doc.text(`${f.label}：${f.value}`, { lineGap: 6 });
      doc.moveDown(0.5);
      for (const p of form.paragraphs) doc.text(p, { lineGap: 4 }).moveDown(0.5);
      doc.moveDown(2);
      for (const s of form.signature) doc.text(s, { align: 'right', lineGap: 6 });
    });
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: kind === 'surrender' ? 'surrender.form' : 'endorsement.form',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: {
        number: r.number,
        revealed: ['policyholderName', 'insuredName', ...(r.change_enc ? ['change'] : [])],
      },
    });
    return { pdf, fileName: `${kind}-${r.number}.pdf`, text: form };
  });

/** The change with its full values: the reason is audited before the value leaves the server (C11). */
export const revealChange = async (deps: Deps, ctx: RequestCtx, caseId: string, reason: string) => {
  const r = await repo.findScopedService(deps.db, caseId, ctx.actor.scope);
  if (!r?.change_enc) throw new AppError('POLICY_SERVICE_NOT_FOUND');
  try {
    await appendAuditAlone(deps.db, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'personal.reveal',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { field: 'policy_services.change', reason, number: r.number },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  return { change: JSON.parse(deps.crypto.decrypt(r.change_enc)) as Record<string, unknown> };
};
