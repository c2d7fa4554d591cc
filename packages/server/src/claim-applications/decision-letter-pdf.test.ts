import {
  buildPayoutNotice,
  buildRefusalNotice,
  calculatePayout,
  internalReferencesIn,
} from '@claimline/domain/claim-applications';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderClaimLetter } from './decision-letter-pdf.ts';

/** Every page's text, read back from the PDF as a reader would. */
const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  return text;
};

const common = {
  recipientName: '王芳',
  policyNo: 'PBJ2026000002',
  product: '家庭财产保险',
  claimNo: 'LP2026120100002',
  companyName: '北京分公司',
  day: '2026-12-01',
};

describe('claim letters as PDF', () => {
  it('renders the payout notice with the amount in capitals and the breakdown', async () => {
    const payout = calculatePayout({
      items: [{ zh: '房屋装修', en: 'Fixtures', lossFen: 13_345_67 }],
      sumInsuredFen: 500_000_00,
      deductible: { fixedFen: 1_000_00 },
    });
    const pdf = await renderClaimLetter(
      undefined,
      buildPayoutNotice({ ...common, decision: { kind: 'pay', amountFen: payout.payableFen }, payout }),
    );
    const text = await pdfText(pdf);
    expect(text).toContain('赔款通知书');
    expect(text).toContain('尊敬的王芳');
    expect(text).toContain('壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(text).toContain('12,345.67');
    expect(text).toContain('扣除免赔额');
    expect(internalReferencesIn(text)).toEqual([]);
  });

  it('renders the refusal notice with its reasons and bases, and nothing internal', async () => {
    const letter = buildRefusalNotice({
      ...common,
      decision: {
        kind: 'refuse',
        reasons: [
          {
            text: '损失由地震造成，不属于保险责任',
            basis: { source: 'contract', clause: '第七条第（一）项（责任免除）' },
          },
        ],
      },
    });
    const text = await pdfText(await renderClaimLetter(undefined, letter));
    expect(text).toContain('拒赔通知书');
    expect(text).toContain('损失由地震造成，不属于保险责任');
    expect(text).toContain('保险合同第七条');
    expect(text).toContain('第二十四条');
    expect(text).not.toMatch(/种子|seed|§|[A-Z]+_[A-Z]+|claim-|refuse|contract/);
    expect(internalReferencesIn(text)).toEqual([]);
  });
});
