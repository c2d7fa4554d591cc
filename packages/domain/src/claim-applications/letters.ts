import { DomainError } from '../core/index.ts';
import {
  basisText,
  type ClaimDecision,
  type DecisionReason,
  decisionProblems,
  internalReferencesIn,
} from './decision.ts';
import type { PayoutResult, PayoutStep } from './payout.ts';

/*
 * The two customer letters of a claim decision, as structured paragraphs the server renders to PDF and the screen
 * previews: 赔款通知书 (Insurance Law art. 23) and 拒赔通知书 (art. 24). They cite the contract and the law only; a
 * reason carrying an internal reference (seed section, rule id, code) is refused before anything is built.
 */

/*
 * 大写金额: an amount in fen in Chinese capital numerals, as 中国人民银行《支付结算办法》附一《正确填写票据和结算凭证的
 * 基本规定》 asks for money on paper: 壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整; "壹拾" keeps its 壹; a run of zeros inside
 * the number is one 零; 整 after 元 when there are no 角 and 分 (and, as allowed, after 角 when there is no 分); 零
 * between 元 and 分 when 角 is zero; no 零 for zeros that end a group of four (万位, 元位) before a non-zero digit,
 * nor before 角 when 元 is zero: the rules allow either form and give ¥107,000.53 → 壹拾万柒仟元伍角叁分.
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

/** One group of four digits (0–9999), without its group unit; `pad` writes the 零 a missing 仟 needs. */
const group = (n: number, pad: boolean): string => {
  let out = '';
  let zero = pad;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[pos]!;
  }
  return out;
};

/** The yuan part (≥ 1) in capitals, e.g. 100,000,005 → 壹亿零伍. */
const yuanText = (yuan: number): string => {
  const groups: number[] = [];
  for (let y = yuan; y > 0; y = Math.floor(y / 10_000)) groups.push(y % 10_000);
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const n = groups[g]!;
    if (n === 0) {
      zeroPending = true;
      continue;
    }
    // A group after a higher one needs a 零 when a zero run separates them (skipped group or a missing 仟).
    const pad = out !== '' && (zeroPending || n < 1_000);
    out += group(n, pad) + GROUP_UNITS[g]!;
    zeroPending = false;
  }
  return out;
};

/** 12,345.67 yuan (1,234,567 fen) → 壹万贰仟叁佰肆拾伍元陆角柒分; 0 → 零元整. */
export const capitalAmount = (fen: number): string => {
  if (!Number.isSafeInteger(fen) || fen < 0)
    throw new DomainError('VALIDATION_FAILED', { problems: ['amountFen'] });
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${yuanText(yuan)}元` : '';
  if (jiao === 0 && cent === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  return cent > 0 ? `${out}${DIGITS[cent]}分` : `${out}整`;
};

/** 1,234,567 fen → 12,345.67 (figures for the same letter). */
export const figureAmount = (fen: number): string => {
  const yuan = Math.floor(fen / 100);
  const cents = String(fen % 100).padStart(2, '0');
  return `${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
};

export type LetterParagraph =
  | { kind: 'salutation' | 'body' | 'signature'; text: string }
  /** A numbered reason with the contract clause or article it rests on. */
  | { kind: 'reason'; text: string; basis: string }
  /** A line of the payout breakdown: what the step took off (empty for none) and the amount after it. */
  | { kind: 'row'; label: string; change: string; amount: string };

export type ClaimLetter = { title: string; reference: string; paragraphs: LetterParagraph[] };

type Common = {
  /** The addressee's full name: printing it is a reveal, so the caller audits it. */
  recipientName: string;
  policyNo: string;
  product: string;
  claimNo: string;
  /** The branch or company that decided. */
  companyName: string;
  /** The letter's day, 'YYYY-MM-DD' (Asia/Shanghai), passed in: the domain reads no clock. */
  day: string;
};

export type PayoutNoticeInput = Common & {
  decision: Extract<ClaimDecision, { kind: 'pay' | 'partial' }>;
  payout: PayoutResult;
  /** What was already paid in advance (art. 25), deducted from this payment; 0 or absent = none. */
  advanceFen?: number;
};

export type RefusalNoticeInput = Common & { decision: Extract<ClaimDecision, { kind: 'refuse' }> };

const dayText = (day: string): string => {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** 8,000 bp → 80%; 1,050 bp → 10.5%. */
const percent = (bp: number): string => {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
};

/** The Chinese label of a breakdown step with the figures it depends on. */
export const stepLabelZh = (s: PayoutStep): string => {
  const limit = s.limitFen === undefined ? '' : figureAmount(s.limitFen);
  switch (s.code) {
    case 'itemLimit':
    case 'categoryLimit':
      return `${s.zh}（${s.subject?.zh ?? ''}，限额 ${limit} 元）`;
    case 'proportional':
      return s.ratio
        ? `${s.zh}（${figureAmount(s.ratio.numeratorFen)} 元 / ${figureAmount(s.ratio.denominatorFen)} 元）`
        : s.zh;
    case 'deductibleFixed':
      return `${s.zh} ${limit} 元`;
    case 'deductibleRate':
      return `${s.zh} ${percent(s.rateBp ?? 0)}`;
    case 'payoutRatio':
      return `${s.zh} ${percent(s.rateBp ?? 0)}`;
    case 'remainingSumInsured':
      return `${s.zh}（${limit} 元）`;
    default:
      return s.zh;
  }
};

/** 人民币 12,345.67 元（大写：人民币壹万贰仟叁佰肆拾伍元陆角柒分）. */
export const amountInWords = (fen: number): string =>
  `人民币 ${figureAmount(fen)} 元（大写：人民币${capitalAmount(fen)}）`;

const refuseInternal = (reasons: readonly DecisionReason[], decision: ClaimDecision): void => {
  const problems = decisionProblems(decision);
  const leaked = reasons.flatMap((r) => [
    ...internalReferencesIn(r.text),
    ...internalReferencesIn(basisText(r.basis)),
  ]);
  if (problems.length > 0 || leaked.length > 0)
    throw new DomainError('VALIDATION_FAILED', { problems, leaked });
};

const opening = (l: Common): LetterParagraph[] => [
  { kind: 'salutation', text: `尊敬的${l.recipientName}：` },
  {
    kind: 'body',
    text: `您就保单 ${l.policyNo}（${l.product}）提出的索赔申请（理赔编号 ${l.claimNo}），我公司已审核完毕。`,
  },
];

const signature = (l: Common): LetterParagraph[] => [
  { kind: 'signature', text: l.companyName },
  { kind: 'signature', text: dayText(l.day) },
];

const reasonParagraphs = (reasons: readonly DecisionReason[]): LetterParagraph[] =>
  reasons.map((r) => ({ kind: 'reason', text: r.text.trim(), basis: `依据：${basisText(r.basis)}` }));

/** 赔款通知书: the decision, the amount in figures and capitals, the reasons for a reduction, the breakdown. */
export const buildPayoutNotice = (l: PayoutNoticeInput): ClaimLetter => {
  const d = l.decision;
  if (d.amountFen > l.payout.payableFen)
    throw new DomainError('VALIDATION_FAILED', { problems: ['amountFen'] });
  if (d.kind === 'partial') refuseInternal(d.reasons, d);
  else if (decisionProblems(d).length > 0)
    throw new DomainError('VALIDATION_FAILED', { problems: decisionProblems(d) });
  const rows: LetterParagraph[] = l.payout.steps.map((s) => ({
    kind: 'row',
    label: stepLabelZh(s),
    change: s.changeFen < 0 ? `-${figureAmount(-s.changeFen)}` : '',
    amount: figureAmount(s.amountFen),
  }));
  // The agreed amount may be below the calculated one (a partial decision); the letter shows the difference.
  if (d.amountFen < l.payout.payableFen)
    rows.push({
      kind: 'row',
      label: '核定赔付金额',
      change: `-${figureAmount(l.payout.payableFen - d.amountFen)}`,
      amount: figureAmount(d.amountFen),
    });
  // Art. 25: the advance already paid is deducted; the balance is what this payment pays.
  const advance = Math.min(l.advanceFen ?? 0, d.amountFen);
  if (advance > 0)
    rows.push({
      kind: 'row',
      label: '扣除已先予支付金额',
      change: `-${figureAmount(advance)}`,
      amount: figureAmount(d.amountFen - advance),
    });
  return {
    title: '赔款通知书',
    reference: `理赔编号：${l.claimNo}`,
    paragraphs: [
      ...opening(l),
      {
        kind: 'body',
        text:
          d.kind === 'pay'
            ? `经核定，本次事故属于保险责任，我公司同意赔付，赔款金额为${amountInWords(d.amountFen)}。`
            : `经核定，本次事故部分属于保险责任，我公司同意部分赔付，赔款金额为${amountInWords(d.amountFen)}。`,
      },
      ...(d.kind === 'partial'
        ? [
            { kind: 'body' as const, text: '赔付金额低于损失金额的原因如下：' },
            ...reasonParagraphs(d.reasons),
          ]
        : []),
      ...(advance > 0
        ? [
            {
              kind: 'body' as const,
              text: `根据《中华人民共和国保险法》第二十五条，我公司已先予支付${amountInWords(advance)}，本次尚应支付${amountInWords(d.amountFen - advance)}。`,
            },
          ]
        : []),
      { kind: 'body', text: '赔款计算如下（单位：元）：' },
      ...rows,
      {
        kind: 'body',
        // Art. 23 ¶1: payment within 10 days of the agreement on the amount.
        text: '根据《中华人民共和国保险法》第二十三条，我公司将在与您达成赔偿协议后十日内支付赔款。如您对赔款金额有异议，请在收到本通知后与我公司联系；您也可以依法通过调解、仲裁或者诉讼等途径解决。',
      },
      ...signature(l),
    ],
  };
};

/** 拒赔通知书 (art. 24): the refusal, each reason with the clause or article it rests on, and the recourse. */
export const buildRefusalNotice = (l: RefusalNoticeInput): ClaimLetter => {
  refuseInternal(l.decision.reasons, l.decision);
  return {
    title: '拒赔通知书',
    reference: `理赔编号：${l.claimNo}`,
    paragraphs: [
      ...opening(l),
      { kind: 'body', text: '经核定，我公司对本次索赔不予赔付，理由如下：' },
      ...reasonParagraphs(l.decision.reasons),
      { kind: 'body', text: '根据《中华人民共和国保险法》第二十四条，特此书面通知。' },
      {
        kind: 'body',
        text: '如您对本决定有异议，可以提供补充证明和资料向我公司申请重新核定，也可以向我公司投诉，或者依法通过调解、仲裁（保险合同约定仲裁的）或者诉讼等途径解决。',
      },
      ...signature(l),
    ],
  };
};

/** The letter as plain text, line by line (previews and tests). */
export const letterText = (l: ClaimLetter): string =>
  [
    l.title,
    l.reference,
    ...l.paragraphs.map((p, i) =>
      p.kind === 'row'
        ? `${p.label}\t${p.change}\t${p.amount}`
        : p.kind === 'reason'
          ? `${l.paragraphs.slice(0, i + 1).filter((q) => q.kind === 'reason').length}. ${p.text}（${p.basis}）`
          : p.text,
    ),
  ].join('\n');
