/**
 * Fraud signals as data (issue #22 part 1; seed 004 §四.10 反欺诈: 识别和防范可能存在的保险欺诈行为; PRODUCT.md C12).
 * Each signal has a weight, parameters with bounds and a reason text (zh/en) that head office edits as a versioned
 * setting; the defaults below are the centre's starting point, not figures of a seed or law (none gives numbers).
 */
import type { Label } from '../core/index.ts';

export const SIGNAL_CODES = [
  'earlyLoss',
  'afterSumRaise',
  'repeatIdNumber',
  'repeatPlate',
  'repeatPhone',
  'lateReport',
  'nearSumInsured',
  'justUnderLimit',
  'sharedContact',
  'providerConcentration',
  'linkedToFraud',
  'ringMember',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export type ParamDef = { label: Label; min: number; max: number; default: number };
export type SignalDef = {
  label: Label;
  /** Where the idea comes from (seed 004 §四.10, C12), shown to head office beside the setting. */
  source: string;
  weight: number;
  params: Record<string, ParamDef>;
  /** `{n}` is the count found, `{days}` the window or gap in days. */
  reason: Label;
};

const C12 = 'PRODUCT.md C12; seed 004 §四.10 反欺诈';
const days = (zh: string, en: string, d: number, max = 3650): ParamDef => ({
  label: { zh, en },
  min: 1,
  max,
  default: d,
});
const count = (d: number): ParamDef => ({
  label: { zh: '最少次数', en: 'At least' },
  min: 1,
  max: 100,
  default: d,
});

export const SIGNAL_DEFS: Record<SignalCode, SignalDef> = {
  earlyLoss: {
    label: { zh: '起保后不久出险', en: 'Loss soon after the policy starts' },
    source: `${C12}: claim soon after policy start`,
    weight: 25,
    // 30 days: the usual waiting period of short-term health cover; a centre setting, no seed number.
    params: { days: days('起保后天数', 'Days after start', 30, 365) },
    reason: { zh: '起保后 {days} 天内出险', en: 'Loss within {days} days of the policy start' },
  },
  afterSumRaise: {
    label: { zh: '加保后不久出险', en: 'Loss soon after the sum insured was raised' },
    source: `${C12}: claim soon after a change of cover`,
    weight: 25,
    params: { days: days('加保后天数', 'Days after the raise', 30, 365) },
    reason: { zh: '保额提高后 {days} 天内出险', en: 'Loss within {days} days of a raise of the sum insured' },
  },
  repeatIdNumber: {
    label: { zh: '同一证件号多次报案', en: 'Repeated reports on one ID number' },
    source: `${C12}: repeated claims on the same ID`,
    weight: 20,
    params: { windowDays: days('时间窗（天）', 'Window (days)', 365), minCount: count(2) },
    reason: {
      zh: '{days} 天内同一证件号另有 {n} 次报案',
      en: '{n} other reports on the same ID number within {days} days',
    },
  },
  repeatPlate: {
    label: { zh: '同一车牌多次报案', en: 'Repeated reports on one plate' },
    source: `${C12}: repeated claims on the same plate`,
    weight: 20,
    params: { windowDays: days('时间窗（天）', 'Window (days)', 365), minCount: count(2) },
    reason: {
      zh: '{days} 天内同一车牌另有 {n} 次报案',
      en: '{n} other reports on the same plate within {days} days',
    },
  },
  repeatPhone: {
    label: { zh: '同一电话多次报案', en: 'Repeated reports from one phone' },
    source: `${C12}: repeated claims on the same phone`,
    weight: 15,
    params: { windowDays: days('时间窗（天）', 'Window (days)', 365), minCount: count(2) },
    reason: {
      zh: '{days} 天内同一电话另有 {n} 次报案',
      en: '{n} other reports from the same phone within {days} days',
    },
  },
  lateReport: {
    label: { zh: '迟报案', en: 'Late report' },
    source: `${C12}: late report (Insurance Law art. 21 asks for timely notice)`,
    weight: 10,
    // Motor clauses commonly ask for notice within 48 hours; a centre setting.
    params: { days: days('知悉后天数', 'Days after knowing', 2, 730) },
    reason: {
      zh: '知悉出险后超过 {days} 天才报案',
      en: 'Reported more than {days} days after learning of the loss',
    },
  },
  nearSumInsured: {
    label: { zh: '金额接近保额', en: 'Amount near the sum insured' },
    source: `${C12}: amounts near limits`,
    weight: 15,
    params: {
      percent: {
        label: { zh: '占保额百分比', en: 'Percent of sum insured' },
        min: 50,
        max: 100,
        default: 90,
      },
    },
    reason: { zh: '金额达到保额的 {n}%', en: 'Amount is {n}% of the sum insured' },
  },
  justUnderLimit: {
    label: { zh: '金额略低于审批权限', en: 'Amount just under an approval limit' },
    source: `${C12}: amounts near limits (核决权限 table)`,
    weight: 15,
    params: {
      bandPercent: {
        label: { zh: '低于权限的幅度 %', en: 'Band below the limit %' },
        min: 1,
        max: 20,
        default: 5,
      },
    },
    reason: { zh: '金额略低于 {n} 元的审批权限', en: 'Amount just under the approval limit of {n} CNY' },
  },
  sharedContact: {
    label: { zh: '不同索赔人共用联系方式', en: 'Contact details shared by unrelated claimants' },
    source: `${C12}: links between claimants`,
    weight: 25,
    params: { windowDays: days('时间窗（天）', 'Window (days)', 730), minCount: count(1) },
    reason: {
      zh: '电话、地址或收款账户与另外 {n} 名索赔人相同',
      en: 'Phone, address or payee account shared with {n} other claimants',
    },
  },
  providerConcentration: {
    label: { zh: '修理厂、医院或医生集中', en: 'Concentration on one repair shop, hospital or doctor' },
    source: `${C12}: links between claimants`,
    weight: 10,
    params: { windowDays: days('时间窗（天）', 'Window (days)', 90), minCount: count(5) },
    reason: {
      zh: '{days} 天内同一修理厂、医院或医生另有 {n} 起案件',
      en: '{n} other claims with the same repair shop, hospital or doctor within {days} days',
    },
  },
  linkedToFraud: {
    label: { zh: '关联已确认欺诈案件', en: 'Linked to a confirmed fraud case' },
    source: `${C12}: links between claimants`,
    weight: 40,
    params: {},
    reason: { zh: '与 {n} 起已确认欺诈案件有关联', en: 'Linked to {n} confirmed fraud cases' },
  },
  ringMember: {
    label: { zh: '属于疑似团伙', en: 'Member of a possible ring' },
    source: `${C12}: link analysis (关系网络)`,
    weight: 30,
    params: {},
    reason: {
      zh: '属于关系网络标记的疑似团伙（共 {n} 起案件）',
      en: 'Member of a possible ring flagged by the link analysis ({n} claims)',
    },
  },
};

export type SignalSetting = {
  enabled: boolean;
  weight: number;
  params: Record<string, number>;
  reason: Label;
};
export type FraudSettings = {
  /** At or above this score a claim goes to the investigation queue. */
  threshold: number;
  /** The score never exceeds this (sum of weights, capped). */
  cap: number;
  signals: Record<SignalCode, SignalSetting>;
};

/** Bounds of a single weight, the threshold and the cap: points on a 0–100 scale. */
export const WEIGHT_MAX = 100;
export const SCORE_CAP_MAX = 100;

export const DEFAULT_FRAUD_SETTINGS: FraudSettings = {
  // 40: two medium signals together; a centre setting tuned with the precision chart (part 4).
  threshold: 40,
  cap: SCORE_CAP_MAX,
  signals: Object.fromEntries(
    SIGNAL_CODES.map((c) => {
      const d = SIGNAL_DEFS[c];
      return [
        c,
        {
          enabled: true,
          weight: d.weight,
          params: Object.fromEntries(Object.entries(d.params).map(([k, p]) => [k, p.default])),
          reason: d.reason,
        },
      ];
    }),
  ) as Record<SignalCode, SignalSetting>,
};

/** What is wrong with a settings value, each with zh/en words; empty when it may be saved. */
export const fraudSettingsProblems = (s: FraudSettings): Label[] => {
  const out: Label[] = [];
  if (!(s.cap >= 1 && s.cap <= SCORE_CAP_MAX))
    out.push({ zh: '分数上限须在 1–100 之间', en: 'The cap must be 1–100' });
  if (!(s.threshold >= 1 && s.threshold <= s.cap))
    out.push({ zh: '调查阈值须在 1 与分数上限之间', en: 'The threshold must be between 1 and the cap' });
  for (const c of SIGNAL_CODES) {
    const v = s.signals[c];
    const d = SIGNAL_DEFS[c];
    if (!v) {
      out.push({ zh: `缺少信号：${d.label.zh}`, en: `Missing signal: ${d.label.en}` });
      continue;
    }
    if (!(Number.isInteger(v.weight) && v.weight >= 0 && v.weight <= WEIGHT_MAX))
      out.push({
        zh: `${d.label.zh}：权重须为 0–100 的整数`,
        en: `${d.label.en}: weight must be a whole number 0–100`,
      });
    for (const [k, p] of Object.entries(d.params)) {
      const x = v.params[k];
      if (x === undefined || !Number.isInteger(x) || x < p.min || x > p.max)
        out.push({
          zh: `${d.label.zh}：${p.label.zh}须在 ${p.min}–${p.max} 之间`,
          en: `${d.label.en}: ${p.label.en} must be ${p.min}–${p.max}`,
        });
    }
    if (!v.reason.zh.trim() || !v.reason.en.trim())
      out.push({
        zh: `${d.label.zh}：请填写中英文理由`,
        en: `${d.label.en}: give the reason in both languages`,
      });
  }
  return out;
};

/** Settings as stored, completed with the defaults for a signal added after they were saved. */
export const mergeFraudSettings = (stored: Partial<FraudSettings> | null | undefined): FraudSettings => ({
  threshold: stored?.threshold ?? DEFAULT_FRAUD_SETTINGS.threshold,
  cap: stored?.cap ?? DEFAULT_FRAUD_SETTINGS.cap,
  signals: Object.fromEntries(
    SIGNAL_CODES.map((c) => {
      const d = DEFAULT_FRAUD_SETTINGS.signals[c];
      const v = stored?.signals?.[c];
      return [c, v ? { ...d, ...v, params: { ...d.params, ...v.params } } : d];
    }),
  ) as Record<SignalCode, SignalSetting>,
});

/** Every value that differs between two settings, as `path`: before → after (the version's change list). */
export const diffFraudSettings = (a: FraudSettings, b: FraudSettings) => {
  const out: { path: string; before: unknown; after: unknown }[] = [];
  const cmp = (path: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ path, before: x, after: y });
  };
  cmp('threshold', a.threshold, b.threshold);
  cmp('cap', a.cap, b.cap);
  for (const c of SIGNAL_CODES) {
    const x = a.signals[c];
    const y = b.signals[c];
    cmp(`${c}.enabled`, x.enabled, y.enabled);
    cmp(`${c}.weight`, x.weight, y.weight);
    for (const k of Object.keys(SIGNAL_DEFS[c].params)) cmp(`${c}.params.${k}`, x.params[k], y.params[k]);
    cmp(`${c}.reason`, x.reason, y.reason);
  }
  return out;
};
