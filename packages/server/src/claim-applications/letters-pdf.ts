import { CLAIM_TYPE_LABELS, type ClaimType } from '@claimline/domain/claim-applications';
import { beijingDateTimeOf as localDateTime, beijingDayOf as localDay } from '@claimline/domain/core';
import { appendAudit } from '../audit/audit.ts';
import { renderPdf, resolveCjkFont } from '../documents/pdf.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';

type Item = { id: string; label: { zh: string }; form: 'original' | 'copy' | null };
type Listed = { items?: Item[]; by?: string; recipient?: string };

const FORM_ZH = { original: '原件', copy: '复印件' } as const;
const formZh = (f: Item['form']) => (f ? FORM_ZH[f] : '—');

const audit = (
  ctx: RequestCtx,
  caseId: string,
  action: 'claimApplication.noticeLetter' | 'claimApplication.transmittal',
  details: Record<string, unknown>,
) => ({
  at: ctx.clock.now(),
  actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
  action,
  objectType: 'case' as const,
  objectId: caseId,
  result: 'success' as const,
  requestId: ctx.requestId,
  ip: ctx.ip,
  details,
});

/**
 * The one notice of everything still missing (保险法第二十二条: "及时一次性通知投保人、被保险人或者受益人补充提供").
 * A customer letter: Chinese, addressed by full name, citing the law only, no internal references. The full name
 * makes printing it a reveal: the route needs `personal.reveal`, and the audit row is written in the same
 * transaction before the file is returned, as for the complaint decision letter.
 */
export const missingNoticePdf = (deps: Deps, ctx: RequestCtx, caseId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await repo.findScopedApplication(tx, caseId, ctx.actor.scope);
    if (!r) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
    if (!r.missing_notice_at) throw new AppError('CLAIM_NOTICE_NOT_SENT');
    const notice = r.missing_notice as Listed;
    const name = deps.crypto.decrypt(r.applicant_name_enc);
    const font = resolveCjkFont(deps.settings.cjkFont);
    const pdf = await renderPdf(font, { title: '补充理赔材料通知书', subject: r.number }, (doc) => {
      doc.fontSize(20).text('补充理赔材料通知书', { align: 'center' });
      doc.moveDown(0.5).fontSize(10).text(`编号：${r.number}`, { align: 'right' });
      doc.moveDown(1).fontSize(12);
      doc.text(`尊敬的${name}：`);
      doc.moveDown(0.5);
      doc.text(
        `您于 ${localDateTime(r.created_at)} 就保单 ${r.policy_no}（${r.product}）提出的` +
          `${CLAIM_TYPE_LABELS[r.claim_type as ClaimType]?.zh ?? ''}保险金申请，经核对，尚需补充提供下列材料。` +
          '为免往返，现将全部所需材料一次性告知如下：',
        { lineGap: 4 },
      );
      doc.moveDown(0.5);
      (notice.items ?? []).forEach((i, n) => {
        doc.text(`${n + 1}. ${i.label.zh}`, { indent: 12, lineGap: 4 });
      });
      doc.moveDown(0.5);
      doc.text(
        '依据《中华人民共和国保险法》第二十二条，保险人认为有关的证明和资料不完整的，应当及时一次性通知补充提供。' +
          '请您备齐上述材料后一并提交；材料齐全之日起，我们将按规定时限办理。如有疑问，请与我们联系。',
        { lineGap: 4 },
      );
      doc.moveDown(2);
      doc.text(r.branch_name, { align: 'right' });
      doc.text(localDay(r.missing_notice_at ?? ctx.clock.now()), { align: 'right' });
    });
    await appendAudit(
      tx,
      audit(ctx, caseId, 'claimApplication.noticeLetter', { number: r.number, revealed: ['applicantName'] }),
    );
    return { pdf, fileName: `missing-${r.number}.pdf` };
  });

/**
 * The transmittal list (移交清单) of seed 003 §(五): each item handed over, original or copy, to whom and by whom.
 * An internal paper between the centre and the insurer: the applicant appears masked, so it is no reveal, but
 * producing it is audited all the same.
 */
export const transmittalPdf = (deps: Deps, ctx: RequestCtx, caseId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await repo.findScopedApplication(tx, caseId, ctx.actor.scope);
    if (!r) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
    if (!r.handed_over_at) throw new AppError('CLAIM_TRANSMITTAL_NOT_READY');
    const h = r.handover as Listed;
    const font = resolveCjkFont(deps.settings.cjkFont);
    const pdf = await renderPdf(font, { title: '理赔材料移交清单', subject: r.number }, (doc) => {
      doc.fontSize(18).text('理赔材料移交清单', { align: 'center' });
      doc.moveDown(0.5).fontSize(10).text(`案件编号：${r.number}`, { align: 'right' });
      doc.moveDown(1).fontSize(11);
      doc.text(`保单号：${r.policy_no}（${r.product}）　被保险人：${r.insured_name_masked}`);
      doc.text(
        `申请人：${r.applicant_name_masked}　索赔类型：${CLAIM_TYPE_LABELS[r.claim_type as ClaimType]?.zh ?? ''}`,
      );
      doc.text(`材料齐全时间：${r.complete_at ? localDateTime(r.complete_at) : '—'}`);
      doc.moveDown(0.5);
      (h.items ?? []).forEach((i, n) => {
        doc.text(`${n + 1}. ${i.label.zh}　（${formZh(i.form)}）`, { indent: 12, lineGap: 3 });
      });
      doc.moveDown(1);
      doc.text(`移交对象：${h.recipient ?? ''}`);
      doc.text(`移交人：${h.by ?? ''}（${r.branch_name}）`);
      doc.text(`移交时间：${localDateTime(r.handed_over_at ?? ctx.clock.now())}`);
      doc.moveDown(1.5);
      doc.text('接收人签字：______________　　接收日期：______________');
    });
    await appendAudit(tx, audit(ctx, caseId, 'claimApplication.transmittal', { number: r.number }));
    return { pdf, fileName: `transmittal-${r.number}.pdf` };
  });
