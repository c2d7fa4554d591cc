import type { InsuranceLine } from '../claims/claim-time-limit.ts';
import { PERILS, type PerilCode } from '../claims/perils.ts';
import { FIRST_POLICY_YEAR } from '../claims/report-dates.ts';
import { beijingDayOf, beijingMidnight } from '../core/index.ts';
import { isCalendarDate } from '../identity/id-number.ts';
import { BENEFICIARY_RELATIONS, type BeneficiaryRelation } from './columns.ts';

/**
 * The single values of a policy row, each parsed exactly: money as integer fen from its decimal text (never
 * through a float), days as Beijing local days, lists by their written separators. Each returns undefined when
 * the text is not acceptable; the caller knows which field it was.
 */

// Up to 13 digits of yuan keeps every amount in fen below Number.MAX_SAFE_INTEGER (9.0e15).
const YUAN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "1,234,567.8" / "¥500" / "500元" → fen. Thousands separators and a currency mark are what Excel writes. */
export const parseYuanToFen = (text: string): number | undefined => {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/^[¥￥]|元$/g, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '');
  const m = YUAN.exec(s);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
};

export const formatFenAsYuan = (fen: number): string => {
  const cents = fen % 100;
  return cents === 0
    ? String((fen - cents) / 100)
    : `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`;
};

/**
 * A percentage as a policy file writes it ("10", "12.5%", "８０％") in basis points (1 bp = 0.01 %), exact:
 * at most two decimals, 0 to 100 %. Anything else is undefined.
 */
export const parsePercentToBp = (text: string): number | undefined => {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.normalize('NFKC').trim().replace(/\s*%$/, ''));
  if (!m) return undefined;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : undefined;
};

/** Basis points as a percentage without trailing zeros (1250 → "12.5"). */
export const formatBpAsPercent = (bp: number): string => formatFenAsYuan(bp).replace(/(\.\d)0$/, '$1');

// A policy period outside these years is a typo (e.g. 0226 for 2026), not a contract (the first year: claims/report-dates.ts).
const LAST_POLICY_YEAR = 2200;

const DAY_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

export type LocalDay = { y: number; m: number; d: number };

/** A written day: 2026-01-31, 2026/1/31, 2026.1.31, 2026年1月31日 or 20260131. A time part is not accepted. */
export const parseLocalDay = (text: string): LocalDay | undefined => {
  const s = text.normalize('NFKC').trim();
  for (const form of DAY_FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < FIRST_POLICY_YEAR || y > LAST_POLICY_YEAR || !isCalendarDate(y, mo, d)) return undefined;
    return { y, m: mo, d };
  }
  return undefined;
};

// Kept here too: importers and tests of policy values think of them as policy helpers.
export { beijingDayOf, beijingMidnight };

const LINES: ReadonlyMap<string, InsuranceLine> = new Map([
  ['nonlife', 'nonLife'],
  ['非寿险', 'nonLife'],
  ['财产险', 'nonLife'],
  ['财产保险', 'nonLife'],
  ['产险', 'nonLife'],
  ['life', 'life'],
  ['寿险', 'life'],
  ['人寿保险', 'life'],
]);

/** Insurance Law art. 26 tells only life insurance apart (5 years) from the rest (2 years). */
export const parseLine = (text: string): InsuranceLine | undefined =>
  LINES.get(text.normalize('NFKC').trim().replace(/[\s-]/g, '').toLowerCase());

const PERIL_BY_LABEL: ReadonlyMap<string, PerilCode> = new Map(
  (Object.entries(PERILS) as [PerilCode, { zh: string; en: string }][]).flatMap(([code, label]) => [
    [code.toLowerCase(), code] as const,
    [label.zh, code] as const,
  ]),
);

/**
 * "collision;theft" or "碰撞、盗抢". Two Chinese labels themselves contain 、 (火灾、爆炸, 暴雨、洪水), so a piece
 * that is no label is joined with the next one before it is called unknown.
 */
export const parsePerils = (text: string): { perils: PerilCode[]; unknown: string[] } => {
  // Split keeping the separators: only pieces separated by 、 may be one label.
  const parts = text.normalize('NFKC').split(/([;、])/);
  const perils: PerilCode[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!.trim();
    if (piece === '') continue;
    let code = PERIL_BY_LABEL.get(piece.toLowerCase());
    if (!code && parts[i + 1] === '、') {
      code = PERIL_BY_LABEL.get(`${piece}、${(parts[i + 2] ?? '').trim()}`);
      if (code) i += 2;
    }
    if (code === undefined) unknown.push(piece);
    else if (!perils.includes(code)) perils.push(code);
  }
  return { perils, unknown };
};

export type Beneficiary = { name: string; relation: BeneficiaryRelation; sharePercent: number };

const RELATION_BY_WORD: ReadonlyMap<string, BeneficiaryRelation> = new Map(
  (Object.entries(BENEFICIARY_RELATIONS) as [BeneficiaryRelation, { zh: string }][]).flatMap(
    ([code, label]) => [[code.toLowerCase(), code] as const, [label.zh, code] as const],
  ),
);

const SHARE = /^(\d{1,3})(?:\.(\d{1,2}))?%?$/;

/** A refusal names a row-report reason (POLICY_ROW_ERRORS), not an API error: it never leaves as a response. */
export type BeneficiariesResult =
  | { ok: true; beneficiaries: Beneficiary[] }
  | { ok: false; reason: 'BENEFICIARY_FORMAT' | 'NAME_FORMAT'; detail?: undefined }
  | { ok: false; reason: 'BENEFICIARY_RELATION' | 'BENEFICIARY_SHARES'; detail: string };

/**
 * "张三|配偶|60;张小三|子女|40". Shares are percentages with up to 2 decimals and are added in hundredths of a
 * percent, so 33.33 + 33.33 + 33.34 is exactly 100.
 */
export const parseBeneficiaries = (
  text: string,
  validName: (name: string) => boolean,
): BeneficiariesResult => {
  const entries = text
    .normalize('NFKC')
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  const beneficiaries: Beneficiary[] = [];
  let hundredths = 0;
  for (const entry of entries) {
    const parts = entry.split('|').map((p) => p.trim());
    if (parts.length !== 3) return { ok: false, reason: 'BENEFICIARY_FORMAT' };
    const [name, relationWord, shareText] = parts as [string, string, string];
    if (!validName(name)) return { ok: false, reason: 'NAME_FORMAT' };
    const relation = RELATION_BY_WORD.get(relationWord.toLowerCase());
    if (!relation) return { ok: false, reason: 'BENEFICIARY_RELATION', detail: relationWord.slice(0, 20) };
    const share = SHARE.exec(shareText);
    if (!share) return { ok: false, reason: 'BENEFICIARY_FORMAT' };
    const h = Number(share[1]) * 100 + Number((share[2] ?? '').padEnd(2, '0'));
    if (h === 0) return { ok: false, reason: 'BENEFICIARY_FORMAT' };
    hundredths += h;
    beneficiaries.push({ name, relation, sharePercent: h / 100 });
  }
  if (beneficiaries.length > 0 && hundredths !== 100_00)
    return { ok: false, reason: 'BENEFICIARY_SHARES', detail: formatFenAsYuan(hundredths) };
  return { ok: true, beneficiaries };
};

export const formatBeneficiaries = (
  list: readonly { name: string; relation: string; sharePercent: number }[],
) => list.map((b) => `${b.name}|${b.relation}|${b.sharePercent}`).join(';');
