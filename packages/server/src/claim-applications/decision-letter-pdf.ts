import type { ClaimLetter } from '@claimline/domain/claim-applications';
import { renderPdf, resolveCjkFont } from '../documents/pdf.ts';

/**
 * A claim decision letter (赔款通知书 or 拒赔通知书, built by the domain) as an A4 PDF in Chinese, on the product's
 * one renderer and font (documents/pdf.ts). The letter carries the addressee's full name, so the caller treats
 * producing it as a reveal: `personal.reveal` on the route and an audit row in the same transaction, before the
 * file is returned (as complaints/letter.ts does).
 */
export const renderClaimLetter = (configuredFont: string | undefined, letter: ClaimLetter): Promise<Buffer> =>
  renderPdf(resolveCjkFont(configuredFont), { title: letter.title, subject: letter.reference }, (doc) => {
    doc.fontSize(20).text(letter.title, { align: 'center' });
    doc.moveDown(0.5).fontSize(10).text(letter.reference, { align: 'right' });
    doc.moveDown(1).fontSize(12);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    let reason = 0;
    let signed = false;
    for (const p of letter.paragraphs) {
      if (p.kind === 'row') {
        // Label on the left, what the step took off and the amount after it in right-aligned columns.
        const y = doc.y;
        doc.fontSize(10).text(p.label, left + 12, y, { width: width * 0.6 - 12 });
        const below = doc.y;
        doc.text(p.change, left + width * 0.6, y, { width: width * 0.2, align: 'right' });
        doc.text(p.amount, left + width * 0.8, y, { width: width * 0.2, align: 'right' });
        doc.x = left;
        doc.y = Math.max(below, doc.y) + 2;
        doc.fontSize(12);
      } else if (p.kind === 'reason') {
        reason += 1;
        doc.text(`${reason}. ${p.text}`, { indent: 12, lineGap: 4 });
        doc.fontSize(10).fillColor('#555').text(p.basis, { indent: 24, paragraphGap: 6 });
        doc.fillColor('#000').fontSize(12);
      } else if (p.kind === 'signature') {
        if (!signed) doc.moveDown(2);
        signed = true;
        doc.text(p.text, { align: 'right' });
      } else {
        doc.text(p.text, { align: 'justify', lineGap: 4, paragraphGap: 8 });
      }
    }
  });
