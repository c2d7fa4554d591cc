import { recourseText } from '@claimline/domain/complaints';
import { formatBeijing } from '@claimline/domain/deadlines';
import { renderPdf, resolveCjkFont } from '../documents/pdf.ts';

export type DecisionLetter = {
  number: string;
  complainantName: string;
  receivedAt: Date;
  channelZh: string;
  subject: string;
  request: string;
  decision: string;
  /** 办法 (2020) art. 19: 核实情况; null on decisions recorded before it was asked for. */
  findings: string | null;
  /** 办法 (2020) art. 19: 作出决定的有关依据和理由. */
  basis: string | null;
  /** 办法 (2020) art. 20: the institution that reviews a branch's decision; null when head office decided. */
  superiorName: string | null;
  remedy: string | null;
  remedyAmount: number | null;
  branchName: string;
  decidedAt: Date;
};

const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const day = (d: Date) => {
  const [y, m, dd] = formatBeijing(d).slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(dd)}日`;
};

/**
 * The decision letter (投诉处理决定告知书) as a PDF in Chinese, on the product's one document renderer and font
 * (documents/pdf.ts: the bundled Noto Sans SC subset, or CLAIMLINE_CJK_FONT), embedded so it prints anywhere.
 */
export const renderDecisionLetter = (
  configuredFont: string | undefined,
  l: DecisionLetter,
): Promise<Buffer> =>
  renderPdf(
    resolveCjkFont(configuredFont),
    { title: `投诉处理决定告知书 ${l.number}`, subject: l.branchName },
    (doc) => {
      doc.fontSize(20).text('投诉处理决定告知书', { align: 'center' });
      doc.moveDown(0.5).fontSize(10).text(`投诉编号：${l.number}`, { align: 'right' });
      doc.moveDown(1).fontSize(12);
      const p = (text: string) => doc.text(text, { align: 'justify', lineGap: 4, paragraphGap: 8 });
      p(`尊敬的${l.complainantName}：`);
      p(
        `您于${day(l.receivedAt)}通过${l.channelZh}向我公司反映的“${l.subject}”一事，我公司已依法受理。` +
          '对由此给您带来的不便，我们深表歉意，感谢您对我们工作的监督。',
      );
      p(`您的诉求：${l.request || '（见投诉记录）'}`);
      if (l.findings) p(`经调查核实：${l.findings}`);
      p('我公司作出处理决定如下：');
      doc.moveDown(0.2);
      p(l.decision);
      if (l.basis) p(`作出上述决定的依据和理由：${l.basis}`);
      if (l.remedy || (l.remedyAmount ?? 0) > 0) {
        const money = (l.remedyAmount ?? 0) > 0 ? `（金额：人民币 ${yuan(l.remedyAmount ?? 0)} 元）` : '';
        p(`处理措施：${l.remedy ?? ''}${money}`);
      }
      // 办法 (2020) arts. 19, 20: the recourse open to the complainant, with the review body and its 30 days.
      p(
        `${recourseText({ superiorName: l.superiorName })}我们将在近期对您进行回访，了解您对本次处理的意见。`,
      );
      doc.moveDown(2);
      doc.text(l.branchName, { align: 'right' });
      doc.text(day(l.decidedAt), { align: 'right' });
    },
  );
