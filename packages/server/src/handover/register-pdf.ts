import { beijingDateTimeOf } from '@claimline/domain/core';
import { appendAuditAlone } from '../audit/audit.ts';
import { renderPdf, resolveCjkFont } from '../documents/pdf.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { handoverRegister } from './service.ts';

const at = (d: Date | null) => (d === null ? '—' : beijingDateTimeOf(d).slice(0, 16));

/**
 * The hand-over register (交接班登记簿, seed 000 第十条 "交接班登记簿由双方签字") as a printable PDF: each signed
 * hand-over with its window, both people and when each confirmed, the statistics and the open items. Staff names
 * only, no customer data; printing is audited.
 */
export const handoverRegisterPdf = async (deps: Deps, ctx: RequestCtx) => {
  const { items } = await handoverRegister(deps, ctx);
  const pdf = await renderPdf(
    resolveCjkFont(deps.settings.cjkFont),
    { title: '交接班登记簿', subject: 'Shift hand-over register' },
    (doc) => {
      doc.fontSize(18).text('交接班登记簿', { align: 'center' });
      doc
        .moveDown(0.3)
        .fontSize(9)
        .text(`${ctx.actor.branchName}　打印时间：${at(ctx.clock.now())}`, {
          align: 'right',
        });
      doc.moveDown(0.8).fontSize(10);
      if (items.length === 0) doc.text('暂无已签字的交接班记录。');
      for (const h of items) {
        const s = h.statistics;
        // The plan's shifts (第一条 值班计划) when the hand-over was scheduled from it.
        const plan = h.incomingShift
          ? `　班次 ${h.outgoingShift?.code ?? '—'} → ${h.incomingShift.code}`
          : '';
        doc.fontSize(11).text(`${h.post}　${at(h.shiftStart)} – ${at(h.shiftEnd)}${plan}`);
        doc.fontSize(9);
        doc.text(
          `交班人：${h.outgoing.name}（签字 ${at(h.signedAt)}）　接班人：${h.incoming.name}（确认 ${at(h.confirmedAt)}；到岗 ${at(h.checkedInAt)}${h.lateMinutes ? `，迟到 ${h.lateMinutes} 分钟` : ''}）`,
        );
        if (s)
          doc.text(
            `来电 ${s.callsOffered}，接听 ${s.callsAnswered}，三声内接听 ${s.answeredWithinRings}，放弃 ${s.callsAbandoned}；投诉 ${s.complaints}，报案 ${s.claimReports}，未尽事宜 ${s.openItems}，服务禁语 ${s.forbiddenPhraseHits}`,
          );
        if (h.openItems.length > 0)
          doc.text(`未尽事宜：${h.openItems.map((o) => `${o.number} ${o.subject}`).join('；')}`);
        doc.moveDown(0.6);
      }
    },
  );
  await appendAuditAlone(deps.db, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'dutyHandover.registerPdf',
    objectType: 'dutyHandover',
    objectId: ctx.actor.branchId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { entries: items.length },
  });
  return pdf;
};
