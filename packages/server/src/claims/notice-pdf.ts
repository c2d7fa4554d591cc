import { type CheckFailure, customerBasisOf, materialsSentence } from '@claimline/domain/claims';
import { appendAudit } from '../audit/audit.ts';
import { renderPdf, resolveCjkFont } from '../documents/pdf.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { findPolicyById } from '../policies/repository.ts';
import * as repo from './repository.ts';
import { localDateTime, localDay, perilLabel } from './views.ts';

/**
 * The written notice of seed 003 §(二) 信息初步审核: "书面告知客户不予受理的原因，复印相关资料存档，将原件返还给
 * 客户". Chinese, one page, addressed to the reporter by full name; each reason cites the contract or the law only
 * (a customer letter, not the center's rule book); the papers are mentioned only as recorded on the report.
 * The full name makes producing it a reveal (C11): the route needs `personal.reveal`, and the audit row is written
 * in the same transaction before the file is returned, as for the complaint decision letter.
 */
export const renderRefusalNotice = (deps: Deps, ctx: RequestCtx, caseId: string) =>
  deps.db.transaction().execute(async (tx) => {
    const r = await repo.findScopedReport(tx, caseId, ctx.actor.scope);
    if (!r) throw new AppError('CLAIM_REPORT_NOT_FOUND');
    if (r.check_ok) throw new AppError('CLAIM_NOTICE_NOT_NEEDED');
    const policy = await findPolicyById(tx, r.policy_id, null);
    if (!policy) throw new AppError('POLICY_NOT_FOUND');
    const branch = await tx
      .selectFrom('branches')
      .select('name')
      .where('id', '=', r.branch_id)
      .executeTakeFirst();
    const font = resolveCjkFont(deps.settings.cjkFont);
    const failures = r.check_failures as CheckFailure[];
    const name = deps.crypto.decrypt(r.reporter_name_enc);
    const materials = materialsSentence({
      copiesArchived: r.copies_archived,
      originalsReturned: r.originals_returned,
    });
    const today = localDay(ctx.clock.now());
    const pdf = await renderPdf(font, { title: '不予受理通知书', subject: r.number }, (doc) => {
      doc.fontSize(20).text('不予受理通知书', { align: 'center' });
      doc.moveDown(0.5).fontSize(10).text(`编号：${r.number}`, { align: 'right' });
      doc.moveDown(1).fontSize(12);
      doc.text(`尊敬的${name}：`);
      doc.moveDown(0.5);
      doc.text(
        `您于 ${localDateTime(r.reported_at)} 就保单 ${policy.policy_no}（${policy.product}，被保险人 ${policy.insured_name_masked}）报案，` +
          `出险时间 ${localDateTime(r.occurred_at)}，出险原因“${perilLabel(r.cause).zh}”。经查询系统中的客户资料和保单信息进行初步审核，` +
          '该案件不符合受理条件，现将原因书面告知如下：',
        { lineGap: 4 },
      );
      doc.moveDown(0.5);
      failures.forEach((f, i) => {
        doc.text(`${i + 1}. ${f.reasonZh}`, { indent: 12, lineGap: 4 });
        doc
          .fontSize(9)
          .fillColor('#555')
          .text(`依据：${customerBasisOf(f.code)}`, { indent: 24 })
          .fillColor('#000')
          .fontSize(12);
      });
      doc.moveDown(0.5);
      doc.text(
        `保险期间：${localDay(policy.period_start)} 零时起至 ${localDay(new Date(policy.period_end.getTime() - 1))} 二十四时止。`,
      );
      doc.moveDown(0.5);
      doc.text(`${materials ?? ''}如您对本通知有异议，可携带相关证明材料与我司联系，或依法提出投诉。`, {
        lineGap: 4,
      });
      doc.moveDown(2);
      doc.text(branch?.name ?? '', { align: 'right' });
      doc.text(today, { align: 'right' });
    });
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'claimReport.noticeLetter',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { number: r.number, revealed: ['reporterName'] },
    });
    return { pdf, fileName: `notice-${r.number}.pdf` };
  });
