import { formatFenAsYuan } from '../policies/values.ts';
import type { ChangeFields } from './changes.ts';
import { CHANGE_TYPE_LABELS, type PolicyServiceKind } from './vocabulary.ts';

/**
 * The pre-filled application form (退保申请书 / 批改申请书) the customer signs: seed 003 第五条 and 第六条
 * "指导客户填写批改申请单". A customer document: Chinese words only, no internal codes, rule ids or seed
 * references; the reason and change types appear by their words. The server renders these lines as a PDF.
 */
export type ApplicationFormInput = {
  kind: PolicyServiceKind;
  /** The request's number, the customer's reference when they call back. */
  number: string;
  policyNo: string;
  product: string;
  policyholderName: string;
  insuredName: string;
  /** Surrender: the reason in words, and the customer's own note. */
  reason?: string;
  reasonNote?: string | null;
  /** Endorsement: the change with full values (the form is a reveal, audited by the server). */
  change?: ChangeFields;
  documents: string[];
  branchName: string;
  /** Beijing local day the form is printed. */
  day: string;
};

export type FormLine = { label: string; value: string };
export type ApplicationForm = {
  title: string;
  fields: FormLine[];
  paragraphs: string[];
  signature: string[];
};

const changeLines = (c: ChangeFields): FormLine[] => {
  const type = { label: '批改事项', value: CHANGE_TYPE_LABELS[c.type].zh };
  switch (c.type) {
    case 'beneficiary':
      return [
        type,
        ...c.beneficiaries.map((b, i) => ({
          label: `变更后受益人${i + 1}`,
          value: `${b.name}（身份证号 ${b.idNumber}，与被保险人关系：${b.relation}，受益份额 ${b.sharePercent}%）`,
        })),
      ];
    case 'address':
      return [type, { label: '变更后联系地址', value: c.address }];
    case 'phone':
      return [type, { label: '变更后联系电话', value: c.phone }];
    case 'plate':
      return [type, { label: '变更后车牌号', value: c.plate }];
    case 'paymentAccount':
      return [
        type,
        { label: '开户银行', value: c.bankName },
        { label: '账户名', value: c.accountName },
        { label: '账号', value: c.accountNo },
      ];
    case 'sumInsured':
      return [
        type,
        { label: '变更后保险金额', value: `${formatFenAsYuan(c.newSumInsuredFen)} 元` },
        { label: '生效日期', value: c.effectiveDate },
      ];
    case 'other':
      return [type, { label: '批改内容', value: c.description }];
  }
};

export const applicationForm = (f: ApplicationFormInput): ApplicationForm => {
  const surrender = f.kind === 'surrender';
  const policy: FormLine[] = [
    { label: '申请编号', value: f.number },
    { label: '保单号码', value: f.policyNo },
    { label: '险种名称', value: f.product },
    { label: '投保人', value: f.policyholderName },
    { label: '被保险人', value: f.insuredName },
  ];
  const request: FormLine[] = surrender
    ? [
        { label: '退保原因', value: f.reason ?? '' },
        ...(f.reasonNote ? [{ label: '补充说明', value: f.reasonNote }] : []),
      ]
    : f.change
      ? changeLines(f.change)
      : [];
  return {
    title: surrender ? '退保申请书' : '批改申请书',
    fields: [...policy, ...request],
    paragraphs: [
      surrender
        ? '本人作为上述保险合同的投保人，申请解除该保险合同（退保）。本人已知悉退保可能带来的保障终止等后果，退保金额以保险公司核定为准。'
        : '本人作为上述保险合同的投保人，申请按上述内容对保险合同进行批改。批改自保险公司同意并出具批单之日起生效。',
      `办理时请携带以下材料：${f.documents.map((d, i) => `${i + 1}. ${d}`).join('；')}。`,
    ],
    signature: ['投保人签字：________________', '日期：______年____月____日', f.branchName, f.day],
  };
};
