import { PRODUCTS } from '../claims/perils.ts';
import { validateIdNumber } from '../identity/id-number.ts';
import { normalizeLandline, normalizeMobile } from '../identity/phone.ts';
import { validatePlate } from '../identity/plate.ts';
import { fieldOfHeader, type PolicyField } from './columns.ts';
import type { PolicyRecord } from './policy-record.ts';
import { type PolicyRowError, rowError } from './row-errors.ts';
import {
  beijingDayOf,
  beijingMidnight,
  formatBeneficiaries,
  formatBpAsPercent,
  formatFenAsYuan,
  parseBeneficiaries,
  parseLine,
  parseLocalDay,
  parsePercentToBp,
  parsePerils,
  parseYuanToFen,
} from './values.ts';

export * from './columns.ts';
export * from './row-errors.ts';
export * from './values.ts';

/** One row of a policy file as read: cell text keyed by the header as written (Chinese or English). */
export type RawPolicyRow = Readonly<Record<string, string | undefined>>;

export type PolicyRowContext = {
  /** Branch codes that exist. */
  knownBranches: ReadonlySet<string>;
  /** Branch codes the importer may write (their subtree); omitted = all known ones. */
  allowedBranches?: ReadonlySet<string>;
  /** Used when a row leaves the branch empty (`--branch-default`). */
  defaultBranch?: string;
  /** For the ID number's birth date (never in the future); injected, the domain reads no clock. A 'YYYY-MM-DD'
   * string spares a time-zone conversion per row (see `toLocalDay`). */
  today: string | Date;
};

export type PolicyRowResult =
  | { ok: true; record: PolicyRecord }
  | { ok: false; errors: PolicyRowError[]; policyNo: string | null };

// The policies table's CHECK on policy_no (migration 0003).
const POLICY_NO = /^[A-Z0-9-]{6,40}$/;
// Column widths of the policies table and what a name field can hold without being a paste of a whole row.
const MAX_PRODUCT = 100;
const MAX_PERSON_NAME = 50;
const MAX_POLICYHOLDER = 100;
// A person's name: letters of any script, the middle dot of transliterated names, spaces, apostrophes and dots.
const PERSON_NAME = /^[\p{L}\p{M}·•.'\s]+$/u;
// A policyholder may be a company: digits and brackets too, but never a control character or our separators.
const POLICYHOLDER_NAME = /^[^\p{Cc}|;]+$/u;

/** Keys a raw row by field; a header nobody knows is ignored (exports carry columns we do not need). */
export const keyRowByField = (raw: RawPolicyRow): Partial<Record<PolicyField, string>> => {
  const out: Partial<Record<PolicyField, string>> = {};
  for (const [header, value] of Object.entries(raw)) {
    const field = fieldOfHeader(header);
    if (field && value !== undefined) out[field] = value;
  }
  return out;
};

const clean = (s: string | undefined) => (s ?? '').normalize('NFKC').trim();
export const validPersonName = (s: string) =>
  s.length > 0 && [...s].length <= MAX_PERSON_NAME && PERSON_NAME.test(s);

/**
 * Validates one row into a PolicyRecord, or lists every problem of the row (one per field at most) so the
 * report says all that must be fixed at once. Pure: the branches and "today" are passed in.
 */
export const parsePolicyRow = (raw: RawPolicyRow, ctx: PolicyRowContext): PolicyRowResult =>
  parseFields(keyRowByField(raw), ctx);

export const parseFields = (
  v: Partial<Record<PolicyField, string>>,
  ctx: PolicyRowContext,
): PolicyRowResult => {
  const errors: PolicyRowError[] = [];
  const required = (field: PolicyField): string | undefined => {
    const s = clean(v[field]);
    if (s === '') errors.push(rowError(field, 'FIELD_REQUIRED'));
    return s === '' ? undefined : s;
  };

  const policyNoText = required('policyNo')?.toUpperCase();
  const policyNo = policyNoText && POLICY_NO.test(policyNoText) ? policyNoText : undefined;
  if (policyNoText && !policyNo) errors.push(rowError('policyNo', 'POLICY_NO_FORMAT'));

  const branchText = clean(v.branchCode).toUpperCase() || ctx.defaultBranch;
  let branchCode: string | undefined;
  if (!branchText) errors.push(rowError('branchCode', 'FIELD_REQUIRED'));
  else if (!ctx.knownBranches.has(branchText))
    errors.push(rowError('branchCode', 'BRANCH_UNKNOWN', branchText.slice(0, 20)));
  else if (ctx.allowedBranches && !ctx.allowedBranches.has(branchText))
    errors.push(rowError('branchCode', 'BRANCH_OUT_OF_SCOPE', branchText));
  else branchCode = branchText;

  // A catalogue code (MOTOR) stands for its product, whose line is then known.
  const productText = required('product');
  const catalogue = PRODUCTS.find((p) => p.key === productText?.toUpperCase() || p.zh === productText);
  const product = catalogue?.zh ?? productText;
  if (product && [...product].length > MAX_PRODUCT)
    errors.push(rowError('product', 'TEXT_TOO_LONG', String(MAX_PRODUCT)));

  const lineText = clean(v.line);
  const line = lineText === '' ? catalogue?.line : parseLine(lineText);
  if (!line)
    errors.push(
      lineText === ''
        ? rowError('line', 'FIELD_REQUIRED')
        : rowError('line', 'LINE_UNKNOWN', lineText.slice(0, 20)),
    );

  const perilsText = required('coveredPerils');
  const { perils, unknown } = parsePerils(perilsText ?? '');
  if (unknown.length > 0)
    errors.push(rowError('coveredPerils', 'PERIL_UNKNOWN', unknown.join('、').slice(0, 40)));
  else if (perilsText && perils.length === 0) errors.push(rowError('coveredPerils', 'FIELD_REQUIRED'));

  const day = (field: 'periodStart' | 'periodEnd') => {
    const s = required(field);
    const parsed = s === undefined ? undefined : parseLocalDay(s);
    if (s !== undefined && !parsed) errors.push(rowError(field, 'DATE_FORMAT'));
    return parsed;
  };
  const startDay = day('periodStart');
  const endDay = day('periodEnd');
  // "自…零时起至…二十四时止": the last day is covered whole, so the period ends at 00:00 of the next day.
  const periodStart = startDay && beijingMidnight(startDay);
  const periodEnd = endDay && beijingMidnight({ ...endDay, d: endDay.d + 1 });
  if (periodStart && periodEnd && periodEnd <= periodStart)
    errors.push(rowError('periodEnd', 'PERIOD_ORDER'));

  const sumText = required('sumInsured');
  const sumInsuredFen = sumText === undefined ? undefined : parseYuanToFen(sumText);
  if (sumText !== undefined && sumInsuredFen === undefined)
    errors.push(rowError('sumInsured', 'AMOUNT_FORMAT'));
  const deductibleText = clean(v.deductible);
  const deductibleFen = deductibleText === '' ? 0 : parseYuanToFen(deductibleText);
  if (deductibleFen === undefined) errors.push(rowError('deductible', 'AMOUNT_FORMAT'));
  else if (sumInsuredFen !== undefined && deductibleFen > sumInsuredFen)
    errors.push(rowError('deductible', 'DEDUCTIBLE_EXCEEDS_SUM'));

  // 免赔率 empty = none; 赔付比例 empty = the insurer pays all of it.
  const rate = (field: 'deductibleRate' | 'payoutRatio', empty: number) => {
    const text = clean(v[field]);
    const parsed = text === '' ? empty : parsePercentToBp(text);
    if (parsed === undefined) errors.push(rowError(field, 'RATE_FORMAT'));
    return parsed;
  };
  const deductibleRateBp = rate('deductibleRate', 0);
  const payoutRatioBp = rate('payoutRatio', 10_000);

  const policyholderName = required('policyholderName');
  if (policyholderName && [...policyholderName].length > MAX_POLICYHOLDER)
    errors.push(rowError('policyholderName', 'TEXT_TOO_LONG', String(MAX_POLICYHOLDER)));
  else if (policyholderName && !POLICYHOLDER_NAME.test(policyholderName))
    errors.push(rowError('policyholderName', 'NAME_FORMAT'));
  const insuredName = required('insuredName');
  if (insuredName && !validPersonName(insuredName)) errors.push(rowError('insuredName', 'NAME_FORMAT'));

  const idText = required('insuredIdNumber');
  const id = idText === undefined ? undefined : validateIdNumber(idText, ctx.today);
  if (id && !id.ok) errors.push(rowError('insuredIdNumber', id.code));

  const phoneText = clean(v.insuredPhone);
  let insuredPhone: string | null = null;
  if (phoneText !== '') {
    const mobile = normalizeMobile(phoneText);
    const phone = mobile.ok ? mobile : normalizeLandline(phoneText);
    if (phone.ok) insuredPhone = phone.normalized;
    else errors.push(rowError('insuredPhone', 'PHONE_FORMAT'));
  }

  // Optional: a day when the sum insured was last raised, not after the end of the period.
  const raisedText = clean(v.sumInsuredRaisedAt);
  const raisedDay = raisedText === '' ? undefined : parseLocalDay(raisedText);
  if (raisedText !== '' && !raisedDay) errors.push(rowError('sumInsuredRaisedAt', 'DATE_FORMAT'));
  const sumInsuredRaisedAt = raisedDay ? beijingMidnight(raisedDay) : null;
  const plateText = clean(v.plate);
  let plate: string | null = null;
  if (plateText !== '') {
    const p = validatePlate(plateText);
    if (p.ok) plate = p.normalized;
    else errors.push(rowError('plate', p.code));
  }

  const bene = parseBeneficiaries(clean(v.beneficiaries), validPersonName);
  if (!bene.ok) errors.push(rowError('beneficiaries', bene.reason, bene.detail));

  if (
    errors.length > 0 ||
    !policyNo ||
    !branchCode ||
    !product ||
    !line ||
    !periodStart ||
    !periodEnd ||
    sumInsuredFen === undefined ||
    deductibleFen === undefined ||
    deductibleRateBp === undefined ||
    payoutRatioBp === undefined ||
    !policyholderName ||
    !insuredName ||
    !id?.ok ||
    !bene.ok
  ) {
    return { ok: false, errors, policyNo: policyNo ?? policyNoText?.slice(0, 40) ?? null };
  }
  return {
    ok: true,
    record: {
      policyNo,
      branchCode,
      product,
      line,
      coveredPerils: perils,
      periodStart,
      periodEnd,
      sumInsuredFen,
      deductibleFen,
      deductibleRateBp,
      payoutRatioBp,
      policyholderName,
      insuredName,
      insuredIdNumber: id.normalized,
      insuredPhone,
      beneficiaries: bene.beneficiaries,
      plate,
      ...(sumInsuredRaisedAt ? { sumInsuredRaisedAt } : {}),
    },
  };
};

/** The row a record is written as (English headers, codes): what the sample file, tests and bench write. */
export const policyRowOf = (p: PolicyRecord): Record<PolicyField, string> => ({
  policyNo: p.policyNo,
  branchCode: p.branchCode,
  product: p.product,
  line: p.line,
  coveredPerils: p.coveredPerils.join(';'),
  periodStart: beijingDayOf(p.periodStart),
  // The last covered day is the one before the end instant (00:00 of the next day).
  periodEnd: beijingDayOf(new Date(p.periodEnd.getTime() - 1)),
  sumInsured: formatFenAsYuan(p.sumInsuredFen),
  deductible: formatFenAsYuan(p.deductibleFen),
  deductibleRate: p.deductibleRateBp === 0 ? '' : formatBpAsPercent(p.deductibleRateBp),
  payoutRatio: p.payoutRatioBp === 10_000 ? '' : formatBpAsPercent(p.payoutRatioBp),
  policyholderName: p.policyholderName,
  insuredName: p.insuredName,
  insuredIdNumber: p.insuredIdNumber,
  insuredPhone: p.insuredPhone ?? '',
  beneficiaries: formatBeneficiaries(p.beneficiaries),
  plate: p.plate ?? '',
  sumInsuredRaisedAt: p.sumInsuredRaisedAt ? beijingDayOf(p.sumInsuredRaisedAt) : '',
});
