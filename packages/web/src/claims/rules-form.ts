import {
  type ClaimRuleField,
  type ClaimRuleKey,
  type ClaimRules,
  claimRuleValue,
} from '@claimline/domain/claims';
import type { ErrorDetail } from '../api/client.ts';
import type { ClaimRulesInput } from './rules-api.ts';

/** Fen as the editor shows yuan: thousands separators and always two decimals, exactly (no float division). */
export const formatYuan = (fen: number): string => {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
};

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: 'format' | 'decimals' };

/** What the user typed in yuan (commas, spaces and full-width digits allowed) into integer fen, exactly. */
export const parseYuan = (text: string): YuanParse => {
  const s = text.normalize('NFKC').replace(/[\s,]/g, '');
  const m = /^(\d{1,13})(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, reason: 'format' };
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, reason: 'decimals' };
  return { ok: true, fen: Number(m[1]) * 100 + Number(decimals.padEnd(2, '0')) };
};

export type FormValue = number | string | string[] | null | undefined;
/** The form's values: each rule under its key's path; amounts as the yuan text typed. */
export type RuleFormValues = Record<string, Record<string, FormValue>>;

export const pathOf = (key: ClaimRuleKey): [string, string] => key.split('.') as [string, string];

export const toFormValues = (rules: ClaimRules, fields: readonly ClaimRuleField[]): RuleFormValues => {
  const values: RuleFormValues = {};
  for (const f of fields) {
    const [group, name] = pathOf(f.key);
    const v = claimRuleValue(rules, f.key);
    const shown: FormValue = typeof v === 'number' ? (f.unit === 'fen' ? formatYuan(v) : v) : [...v];
    values[group] = { ...values[group], [name]: shown };
  }
  return values;
};

/** The form back into the PUT body, or null while a value is missing or not a number the server could take. */
export const fromFormValues = (
  values: RuleFormValues,
  fields: readonly ClaimRuleField[],
): ClaimRulesInput | null => {
  const out: Record<string, Record<string, number | string[]>> = {};
  for (const f of fields) {
    const [group, name] = pathOf(f.key);
    const raw = values[group]?.[name];
    let v: number | string[];
    if (f.unit === 'perils') {
      if (!Array.isArray(raw)) return null;
      v = raw;
    } else if (f.unit === 'fen') {
      const p = parseYuan(String(raw ?? ''));
      if (!p.ok) return null;
      v = p.fen;
    } else {
      if (typeof raw !== 'number' || !Number.isInteger(raw)) return null;
      v = raw;
    }
    out[group] = { ...out[group], [name]: v };
  }
  return out as unknown as ClaimRulesInput;
};

/** The body's rules with the one value the editor does not change, to compare with the rules in force. */
export const asRules = (input: ClaimRulesInput, current: ClaimRules): ClaimRules => ({
  ...input,
  majorCase: { ...input.majorCase, reportWithinHours: current.majorCase.reportWithinHours },
});

/**
 * A VALIDATION_FAILED answer onto the form, whose fields are named like the body: "rules.scene.causesNeedingScene.2"
 * → ['rules', 'scene', 'causesNeedingScene'], "note" → ['note']; the messages are already in the UI language.
 */
export const fieldErrors = (details: readonly ErrorDetail[]) => {
  const byName = new Map<string, { name: string[]; errors: string[] }>();
  for (const d of details) {
    const parts = d.path.replace(/^body\./, '').split('.');
    const name = parts[0] === 'rules' ? parts.slice(0, 3) : parts.slice(0, 1);
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(d.message);
    byName.set(key, entry);
  }
  return [...byName.values()];
};
