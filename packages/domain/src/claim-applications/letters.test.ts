import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { internalReferencesIn } from './decision.ts';
import { buildPayoutNotice, buildRefusalNotice, capitalAmount, figureAmount, letterText } from './letters.ts';
import { calculatePayout } from './payout.ts';

const DIGIT: Record<string, number> = {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1_000 };

/** Reads capitals back into fen, independently of the writer, so a round trip checks every digit and unit. */
const parseCapital = (text: string): number => {
  const [yuanPart, rest] = text.includes('元') ? text.split('元') : ['', text];
  let total = 0;
  let section = 0;
  let digit = 0;
  const chars = [...(yuanPart ?? '')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in SMALL) {
      section += digit * SMALL[c]!;
      digit = 0;
    } else {
      const unit = c === '万' && chars[i + 1] === '亿' ? 1e12 : c === '万' ? 1e4 : 1e8;
      if (unit === 1e12) i++;
      total += (section + digit) * unit;
      section = 0;
      digit = 0;
    }
  }
  total += section + digit;
  const jiao = /(.)角/.exec(rest ?? '');
  const fen = /(.)分/.exec(rest ?? '');
  return total * 100 + (jiao ? DIGIT[jiao[1]!]! * 10 : 0) + (fen ? DIGIT[fen[1]!]! : 0);
};

describe('capitalAmount (大写金额)', () => {
  it('writes the examples of the PBOC rules and the issue', () => {
    const cases: [number, string][] = [
      [1_234_567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
      [140_950, '壹仟肆佰零玖元伍角整'],
      [600_714, '陆仟零柒元壹角肆分'],
      [168_032, '壹仟陆佰捌拾元叁角贰分'],
      [10_700_053, '壹拾万柒仟元伍角叁分'],
      [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
      [32_504, '叁佰贰拾伍元零肆分'],
      [0, '零元整'],
      [5, '伍分'],
      [50, '伍角整'],
      [1_000, '壹拾元整'],
      [10_000_000_500, '壹亿零伍元整'],
      [10_050_000_000, '壹亿零伍拾万元整'],
      // Zeros ending a group of four (at 万位) are not written, as for ¥107,000.53 above (the rules allow both).
      [1_000_500_000, '壹仟万伍仟元整'],
      [100_000_000_000_000, '壹万亿元整'],
    ];
    for (const [fen, text] of cases) expect(capitalAmount(fen), String(fen)).toBe(text);
    expect(() => capitalAmount(-1)).toThrow(DomainError);
    expect(() => capitalAmount(0.5)).toThrow(DomainError);
  });

  it('reads back to the same fen, with only capitals, one 零 at a time, and 整 or 分 at the end', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.maxSafeNat()), (fen) => {
        const text = capitalAmount(fen);
        expect(parseCapital(text)).toBe(fen);
        expect(text).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
        if (fen > 0) expect(text).not.toMatch(/零零|零[元万亿整角]|^零/);
        expect(text).toMatch(/(整|分)$/);
        // "壹拾" keeps its 壹: 拾 always follows a digit.
        expect(text).not.toMatch(/(^|[^壹贰叁肆伍陆柒捌玖])拾/);
      }),
    );
  });

  it('figures with thousands separators and two decimals', () => {
    expect(figureAmount(1_234_567)).toBe('12,345.67');
    expect(figureAmount(5)).toBe('0.05');
    expect(figureAmount(100_000_000_00)).toBe('100,000,000.00');
  });
});

const common = {
  recipientName: '李明',
  policyNo: 'PBJ2026000001',
  product: '机动车商业保险',
  claimNo: 'LP2026120100001',
  companyName: '北京分公司',
  day: '2026-12-01',
};

describe('赔款通知书', () => {
  const payout = calculatePayout({
    items: [{ zh: '车辆损失', en: 'Vehicle damage', lossFen: 16_431_84 }],
    sumInsuredFen: 200_000_00,
    deductible: { fixedFen: 500_00 },
    payoutRatioBp: 8_000,
  });

  it('states the decision, the amount in figures and capitals, and the breakdown', () => {
    // (16,431.84 − 500) × 80 % = 12,745.472 → 12,745.47.
    expect(payout.payableFen).toBe(12_745_47);
    const text = letterText(
      buildPayoutNotice({ ...common, decision: { kind: 'pay', amountFen: 12_745_47 }, payout }),
    );
    expect(text).toContain('人民币 12,745.47 元（大写：人民币壹万贰仟柒佰肆拾伍元肆角柒分）');
    expect(text).toContain('保单 PBJ2026000001');
    expect(text).toContain('扣除免赔额 500.00 元\t-500.00\t15,931.84');
    expect(text).toContain('按赔付比例赔偿 80%\t-3,186.37\t12,745.47');
    expect(text).toContain('第二十三条');
    expect(text).toContain('2026年12月1日');
    expect(internalReferencesIn(text)).toEqual([]);
  });

  it('deducts an advance payment (art. 25) and states the balance', () => {
    const text = letterText(
      buildPayoutNotice({
        ...common,
        decision: { kind: 'pay', amountFen: 12_745_47 },
        payout,
        advanceFen: 3_000_00,
      }),
    );
    expect(text).toContain('扣除已先予支付金额\t-3,000.00\t9,745.47');
    expect(text).toContain('第二十五条');
    expect(text).toContain('本次尚应支付人民币 9,745.47 元');
  });

  it('a partial payment gives its reasons and the reduction on the breakdown', () => {
    const text = letterText(
      buildPayoutNotice({
        ...common,
        decision: {
          kind: 'partial',
          amountFen: 10_000_00,
          reasons: [
            {
              text: '车内物品损失不属于车辆损失险的保险责任',
              basis: { source: 'contract', clause: '第六条' },
            },
          ],
        },
        payout,
      }),
    );
    expect(text).toContain('部分赔付');
    expect(text).toContain('1. 车内物品损失不属于车辆损失险的保险责任（依据：保险合同第六条）');
    expect(text).toContain('核定赔付金额\t-2,745.47\t10,000.00');
    expect(text).toContain('壹万元整');
  });

  it('refuses an amount above the calculation and a reduction without reasons', () => {
    expect(() =>
      buildPayoutNotice({ ...common, decision: { kind: 'pay', amountFen: 12_745_48 }, payout }),
    ).toThrow(DomainError);
    expect(() =>
      buildPayoutNotice({ ...common, decision: { kind: 'partial', amountFen: 1, reasons: [] }, payout }),
    ).toThrow(DomainError);
  });
});

describe('拒赔通知书', () => {
  const refusal = buildRefusalNotice({
    ...common,
    decision: {
      kind: 'refuse',
      reasons: [
        {
          text: '事故发生时驾驶人饮酒',
          basis: { source: 'contract', clause: '第九条第（二）项（责任免除）' },
        },
        {
          text: '投保时故意未如实告知车辆用途',
          basis: { source: 'law', law: '《中华人民共和国保险法》', article: '第十六条' },
        },
      ],
    },
  });

  it('gives each reason with its clause or article, art. 24 and the recourse, and nothing internal', () => {
    const text = letterText(refusal);
    expect(text).toContain('1. 事故发生时驾驶人饮酒（依据：保险合同第九条第（二）项（责任免除））');
    expect(text).toContain('2. 投保时故意未如实告知车辆用途（依据：《中华人民共和国保险法》第十六条）');
    expect(text).toContain('第二十四条');
    expect(text).toContain('仲裁');
    expect(text).toContain('诉讼');
    expect(internalReferencesIn(text)).toEqual([]);
  });

  it('refuses a reason that carries an internal reference', () => {
    for (const text of ['不符合种子 003 §(二)', '见 PERIL_NOT_COVERED', '规则 claim-refusal-notice'])
      expect(() =>
        buildRefusalNotice({
          ...common,
          decision: { kind: 'refuse', reasons: [{ text, basis: { source: 'contract', clause: '第五条' } }] },
        }),
      ).toThrow(DomainError);
  });
});
