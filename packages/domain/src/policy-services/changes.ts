import {
  maskAddress,
  maskIdNumber,
  maskLandline,
  maskMiddle,
  maskMobile,
  maskName,
  maskPlate,
  normalizeLandline,
  normalizeMobile,
  validateIdNumber,
  validatePlate,
} from '../identity/index.ts';
import type { ChangeType } from './vocabulary.ts';

/** One beneficiary as the endorsement names them: the share is a whole percentage, the shares add up to 100. */
export type BeneficiaryChange = { name: string; idNumber: string; relation: string; sharePercent: number };

/** The fields of each change type (seed 003 第六条 批改内容), validated and normalised by `validateChange`. */
export type ChangeFields =
  | { type: 'beneficiary'; beneficiaries: BeneficiaryChange[] }
  | { type: 'address'; address: string }
  | { type: 'phone'; phone: string }
  | { type: 'plate'; plate: string }
  | { type: 'paymentAccount'; bankName: string; accountName: string; accountNo: string }
  /** The new sum insured in exact fen and the Beijing date it takes effect (the fraud signal reads a raise). */
  | { type: 'sumInsured'; newSumInsuredFen: number; effectiveDate: string }
  | { type: 'other'; description: string };

export type ChangeProblem = { path: string; zh: string; en: string };
export type ChangeResult = { ok: true; value: ChangeFields } | { ok: false; problems: ChangeProblem[] };

// Bounds of the typed fields: a beneficiary list of a personal policy rarely names more than a handful.
export const MAX_BENEFICIARIES = 5;
export const ADDRESS_LENGTH = { min: 5, max: 200 } as const;
// Mainland bank card and account numbers are 12–30 digits (no single national check digit applies to all).
export const ACCOUNT_NO = /^\d{12,30}$/;
/** A sum insured up to 100 billion yuan, in fen: the bound of every amount the claims desk takes. */
export const MAX_SUM_INSURED_FEN = 1e13;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (s: string) =>
  ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

const text = (v: unknown) => (typeof v === 'string' ? v.normalize('NFKC').trim() : '');
const length = (s: string) => [...s].length;
const problem = (path: string, zh: string, en: string): ChangeProblem => ({ path, zh, en });

const beneficiaries = (raw: unknown, today: string | Date, out: ChangeProblem[]) => {
  const list = Array.isArray(raw) ? raw : [];
  if (list.length < 1 || list.length > MAX_BENEFICIARIES)
    out.push(
      problem(
        'beneficiaries',
        `请填写 1 至 ${MAX_BENEFICIARIES} 名受益人`,
        `Name 1 to ${MAX_BENEFICIARIES} beneficiaries`,
      ),
    );
  const value = list.map((b: Record<string, unknown>, i): BeneficiaryChange => {
    const name = text(b?.name);
    const relation = text(b?.relation);
    const id = validateIdNumber(text(b?.idNumber), today);
    const share = Number(b?.sharePercent);
    if (length(name) < 1 || length(name) > 30)
      out.push(problem(`beneficiaries.${i}.name`, '请填写受益人姓名', 'Enter the beneficiary’s name'));
    if (!id.ok)
      out.push(
        problem(
          `beneficiaries.${i}.idNumber`,
          '受益人身份证号不正确',
          'The beneficiary’s ID number is not valid',
        ),
      );
    if (length(relation) < 1 || length(relation) > 20)
      out.push(
        problem(`beneficiaries.${i}.relation`, '请填写与被保险人关系', 'Enter the relation to the insured'),
      );
    if (!Number.isInteger(share) || share < 1 || share > 100)
      out.push(
        problem(`beneficiaries.${i}.sharePercent`, '受益份额为 1–100 的整数', 'The share is a whole 1–100'),
      );
    return { name, idNumber: id.ok ? id.normalized : '', relation, sharePercent: share };
  });
  const total = value.reduce((s, b) => s + (Number.isInteger(b.sharePercent) ? b.sharePercent : 0), 0);
  if (value.length > 0 && total !== 100)
    out.push(problem('beneficiaries', '受益份额合计须为 100%', 'The shares must add up to 100%'));
  return value;
};

/**
 * Checks one requested change and returns it normalised (trimmed, NFKC, phone and plate in their normal form).
 * Phone and plate are checked by domain/identity, like everywhere else. Paths name the field in `fields`.
 */
export const validateChange = (
  type: ChangeType,
  fields: Record<string, unknown>,
  today: string | Date,
): ChangeResult => {
  const out: ChangeProblem[] = [];
  let value: ChangeFields;
  switch (type) {
    case 'beneficiary':
      value = { type, beneficiaries: beneficiaries(fields.beneficiaries, today, out) };
      break;
    case 'address': {
      const address = text(fields.address);
      if (length(address) < ADDRESS_LENGTH.min || length(address) > ADDRESS_LENGTH.max)
        out.push(problem('address', '请填写完整的新地址（5–200 字）', 'Enter the full new address (5–200)'));
      value = { type, address };
      break;
    }
    case 'phone': {
      const raw = text(fields.phone);
      const m = normalizeMobile(raw);
      const l = m.ok ? m : normalizeLandline(raw);
      if (!l.ok)
        out.push(problem('phone', '请输入正确的手机号或固定电话', 'Enter a mobile or landline number'));
      value = { type, phone: l.ok ? l.normalized : raw };
      break;
    }
    case 'plate': {
      const p = validatePlate(text(fields.plate));
      if (!p.ok) out.push(problem('plate', '车牌号格式不正确', 'The plate number is not valid'));
      value = { type, plate: p.ok ? p.normalized : text(fields.plate) };
      break;
    }
    case 'paymentAccount': {
      const bankName = text(fields.bankName);
      const accountName = text(fields.accountName);
      const accountNo = text(fields.accountNo).replace(/\s+/g, '');
      if (length(bankName) < 2 || length(bankName) > 50)
        out.push(problem('bankName', '请填写开户银行', 'Enter the bank'));
      if (length(accountName) < 1 || length(accountName) > 50)
        out.push(problem('accountName', '请填写账户名', 'Enter the account holder’s name'));
      if (!ACCOUNT_NO.test(accountNo))
        out.push(problem('accountNo', '账号应为 12–30 位数字', 'The account number is 12–30 digits'));
      value = { type, bankName, accountName, accountNo };
      break;
    }
    case 'sumInsured': {
      const fen = Number(fields.newSumInsuredFen);
      const effectiveDate = text(fields.effectiveDate);
      if (!Number.isSafeInteger(fen) || fen <= 0 || fen > MAX_SUM_INSURED_FEN)
        out.push(
          problem(
            'newSumInsuredFen',
            '请填写新的保险金额（元，精确到分）',
            'Enter the new sum insured (to the fen)',
          ),
        );
      if (!realDate(effectiveDate))
        out.push(problem('effectiveDate', '请填写生效日期', 'Enter the date it takes effect'));
      value = { type, newSumInsuredFen: fen, effectiveDate };
      break;
    }
    case 'other': {
      const description = text(fields.description);
      if (length(description) < 2 || length(description) > 500)
        out.push(problem('description', '请说明批改内容（2–500 字）', 'Describe the change (2–500)'));
      value = { type, description };
      break;
    }
  }
  return out.length > 0 ? { ok: false, problems: out } : { ok: true, value };
};

/** The change as the screen shows it: every personal value masked by the identity rules. */
export const maskChange = (c: ChangeFields): ChangeFields => {
  switch (c.type) {
    case 'beneficiary':
      return {
        ...c,
        beneficiaries: c.beneficiaries.map((b) => ({
          ...b,
          name: maskName(b.name),
          idNumber: maskIdNumber(b.idNumber),
        })),
      };
    case 'address':
      return { ...c, address: maskAddress(c.address) };
    case 'phone':
      return { ...c, phone: c.phone.startsWith('0') ? maskLandline(c.phone) : maskMobile(c.phone) };
    case 'plate':
      return { ...c, plate: maskPlate(c.plate) };
    case 'paymentAccount':
      return { ...c, accountName: maskName(c.accountName), accountNo: maskMiddle(c.accountNo, 4, 4) };
    case 'sumInsured':
    case 'other':
      return c;
  }
};

/** A change of beneficiary needs the policyholder's verified identity (Insurance Law art. 41: 投保人 may change it). */
export const needsHolderIdentity = (type: ChangeType) => type === 'beneficiary';
