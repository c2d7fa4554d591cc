import { maskMiddle } from '../identity/masking.ts';

/**
 * The payee's bank account (收款账号) on a claim application: what is typed is checked here, then stored sealed with
 * a keyed hash (the fraud signal "same payee account among unrelated claimants" matches the hash only).
 */

/** Mainland personal card and account numbers run 12–30 digits (the bound the endorsement desk uses too). */
export const PAYEE_ACCOUNT_LENGTH = { min: 12, max: 30 } as const;
/**
 * UnionPay cards (BIN 62, 16–19 digits) carry an ISO/IEC 7812-1 Luhn check digit (GB/T 19584 银行卡磁条信息格式和
 * 使用规范 follows ISO 7812); a passbook or corporate account has no single national check digit, so only its length
 * and digits are checked.
 */
export const UNIONPAY_CARD = { prefix: '62', minLength: 16, maxLength: 19 } as const;

export type PayeeAccountProblem = 'digits' | 'length' | 'checksum';
export type PayeeAccountResult =
  | { ok: true; normalized: string }
  | { ok: false; problem: PayeeAccountProblem };

/** ISO/IEC 7812-1 Annex B: double every second digit from the right, the sum ends in 0. */
export const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
};

/** Full-width digits, spaces and dashes as people type them ("6222 0202-0000 0000 018") give the same number. */
export const normalizePayeeAccount = (raw: string) => raw.normalize('NFKC').replace(/[\s-]/g, '');

export const validatePayeeAccount = (raw: string): PayeeAccountResult => {
  const n = normalizePayeeAccount(raw);
  if (!/^\d+$/.test(n)) return { ok: false, problem: 'digits' };
  if (n.length < PAYEE_ACCOUNT_LENGTH.min || n.length > PAYEE_ACCOUNT_LENGTH.max)
    return { ok: false, problem: 'length' };
  const unionPay =
    n.startsWith(UNIONPAY_CARD.prefix) &&
    n.length >= UNIONPAY_CARD.minLength &&
    n.length <= UNIONPAY_CARD.maxLength;
  if (unionPay && !luhnValid(n)) return { ok: false, problem: 'checksum' };
  return { ok: true, normalized: n };
};

/** On screen: the first 4 and last 4 digits, as bank statements show a card (JR/T 0171-2020 脱敏). */
export const maskPayeeAccount = (account: string) => maskMiddle(normalizePayeeAccount(account), 4, 4);

export const PAYEE_ACCOUNT_PROBLEMS: Record<PayeeAccountProblem, { zh: string; en: string }> = {
  digits: { zh: '收款账号只能包含数字', en: 'The payee account has digits only' },
  length: {
    zh: `收款账号应为 ${PAYEE_ACCOUNT_LENGTH.min}–${PAYEE_ACCOUNT_LENGTH.max} 位数字`,
    en: `The payee account is ${PAYEE_ACCOUNT_LENGTH.min}–${PAYEE_ACCOUNT_LENGTH.max} digits`,
  },
  checksum: {
    zh: '银联卡号校验位不正确，请核对',
    en: 'The UnionPay card number fails its check digit; please check it',
  },
};
