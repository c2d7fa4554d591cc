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
      p('经调查核实，我公司作出处理决定如下：');
      doc.moveDown(0.2);
      p(l.decision);
      if (l.remedy || (l.remedyAmount ?? 0) > 0) {
        const money = (l.remedyAmount ?? 0) > 0 ? `（金额：人民币 ${yuan(l.remedyAmount ?? 0)} 元）` : '';
        p(`处理措施：${l.remedy ?? ''}${money}`);
      }
      p(
        '如您对上述处理决定有异议，可与我公司进一步协商，也可以依法通过调解、仲裁或者诉讼等途径解决。' +
          '我们将在近期对您进行回访，了解您对本次处理的意见。',
      );
      doc.moveDown(2);
      doc.text(l.branchName, { align: 'right' });
      doc.text(day(l.decidedAt), { align: 'right' });
    },
  );
