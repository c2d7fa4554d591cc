import { CLAIM_TIME_LIMIT_YEARS, type ClaimTimeLimitYears } from './claim-time-limit.ts';
import { DEFAULT_MAJOR_CASE_SETTINGS, type MajorCaseSettings } from './major-case.rules.ts';
import { DEFAULT_SAME_LOSS_SETTINGS, type SameLossSettings } from './same-loss.ts';
import { DEFAULT_SCENE_SETTINGS, type SceneSettings } from './scene.ts';

/** Every claim-report rule that is a setting (the `claimRules` settings row), in one shape. */
export type ClaimRules = {
  majorCase: MajorCaseSettings;
  sameLoss: SameLossSettings;
  scene: SceneSettings;
  claimTimeLimitYears: ClaimTimeLimitYears;
};

/** The defaults, each citing its seed or article in the module that defines it. */
export const DEFAULT_CLAIM_RULES: ClaimRules = {
  majorCase: DEFAULT_MAJOR_CASE_SETTINGS,
  sameLoss: DEFAULT_SAME_LOSS_SETTINGS,
  scene: DEFAULT_SCENE_SETTINGS,
  claimTimeLimitYears: CLAIM_TIME_LIMIT_YEARS,
};

export type ClaimRuleKey =
  | 'majorCase.minDeaths'
  | 'majorCase.payoutOverFen'
  | 'majorCase.sumInsuredOverFen'
  | 'sameLoss.windowHours'
  | 'scene.promptReportHours'
  | 'scene.causesNeedingScene'
  | 'claimTimeLimitYears.nonLife'
  | 'claimTimeLimitYears.life';

type Text = { zh: string; en: string };

export type ClaimRuleField = {
  key: ClaimRuleKey;
  unit: 'persons' | 'fen' | 'hours' | 'years' | 'perils';
  /**
   * How a fact is compared with the value: `atLeast` (2 deaths meet "2 or more"), `over` (strictly: an amount
   * equal to the threshold does not meet "超过"), `within` (a duration up to and including the value).
   */
  compare: 'atLeast' | 'over' | 'within' | 'list';
  min: number;
  max: number;
  /** Why the lower bound is not simply the smallest sensible number. */
  minReason?: Text;
  source: Text;
};

const STATUTE: Text = {
  zh: '法定时效不能缩短（保险法第二十六条；民法典第一百九十七条：诉讼时效期间由法律规定，约定无效）',
  en: 'A statutory limitation period cannot be shortened (Insurance Law art. 26; Civil Code art. 197)',
};

/**
 * The editable rules with their bounds and sources. The 24-hour report to head office is not here: the deadline
 * that runs is the deadline rule `major-case-report` (C7 data, snapshotted per case), so editing
 * `majorCase.reportWithinHours` would change nothing.
 */
export const CLAIM_RULE_FIELDS: readonly ClaimRuleField[] = [
  {
    key: 'majorCase.minDeaths',
    unit: 'persons',
    compare: 'atLeast',
    min: 1,
    max: 100,
    source: {
      zh: '种子 003 重大案件 1)：一次事故导致2人或2人以上死亡',
      en: 'Seed 003, major cases 1): two or more deaths in one accident',
    },
  },
  {
    key: 'majorCase.payoutOverFen',
    unit: 'fen',
    compare: 'over',
    min: 0,
    max: 1_000_000_000_000,
    source: {
      zh: '种子 003 重大案件 2)：预计理赔金额超过50万元',
      en: 'Seed 003, major cases 2): estimated payout over 500,000 CNY',
    },
  },
  {
    key: 'majorCase.sumInsuredOverFen',
    unit: 'fen',
    compare: 'over',
    min: 0,
    max: 1_000_000_000_000,
    source: {
      zh: '种子 003 重大案件 2)：保险金额超过50万元，发生重大事故后结果暂时无法确定',
      en: 'Seed 003, major cases 2): sum insured over 500,000 CNY and the outcome still uncertain',
    },
  },
  {
    key: 'sameLoss.windowHours',
    unit: 'hours',
    compare: 'within',
    // At least an hour: the seed requires the check for an existing report; 0 would switch it off.
    min: 1,
    max: 720,
    source: {
      zh: '种子 003 §(二) 报案记录查询 1：已有报案则告知已受理及进展（时间窗为设定值）',
      en: 'Seed 003 §(二) look-up 1: an existing report is shown, not registered again (window is a setting)',
    },
  },
  {
    key: 'scene.promptReportHours',
    unit: 'hours',
    compare: 'within',
    min: 1,
    max: 720,
    source: {
      zh: '种子 003 §(二) 现场保全：如及时报案的意外死亡案件（"及时"为设定值）',
      en: 'Seed 003 §(二) scene preservation: e.g. an accidental death reported promptly ("promptly" is a setting)',
    },
  },
  {
    key: 'scene.causesNeedingScene',
    unit: 'perils',
    compare: 'list',
    min: 0,
    max: 50,
    source: {
      zh: '种子 003 §(二) 现场保全：对于应保留现场的案件（无人身亡时需保留现场的出险原因，设定值）',
      en: 'Seed 003 §(二) scene preservation: cases whose scene must be kept (causes without a death, a setting)',
    },
  },
  {
    key: 'claimTimeLimitYears.nonLife',
    unit: 'years',
    compare: 'within',
    min: CLAIM_TIME_LIMIT_YEARS.nonLife,
    max: 30,
    minReason: STATUTE,
    source: {
      zh: '保险法第二十六条：人寿保险以外的其他保险，自知道或应当知道保险事故发生之日起 2 年',
      en: 'Insurance Law art. 26: 2 years for insurance other than life, from when the loss was known',
    },
  },
  {
    key: 'claimTimeLimitYears.life',
    unit: 'years',
    compare: 'within',
    min: CLAIM_TIME_LIMIT_YEARS.life,
    max: 30,
    minReason: STATUTE,
    source: {
      zh: '保险法第二十六条：人寿保险 5 年',
      en: 'Insurance Law art. 26: 5 years for life insurance',
    },
  },
];

export const claimRuleField = (key: ClaimRuleKey): ClaimRuleField =>
  CLAIM_RULE_FIELDS.find((f) => f.key === key) as ClaimRuleField;

export type ClaimRuleValue = number | readonly string[];

export const claimRuleValue = (rules: ClaimRules, key: ClaimRuleKey): ClaimRuleValue => {
  const [group, name] = key.split('.') as [keyof ClaimRules, string];
  return (rules[group] as Record<string, ClaimRuleValue>)[name] as ClaimRuleValue;
};

const same = (a: ClaimRuleValue, b: ClaimRuleValue) =>
  typeof a === 'number' || typeof b === 'number'
    ? a === b
    : a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

export type ClaimRuleChange = { key: ClaimRuleKey; from: ClaimRuleValue; to: ClaimRuleValue };

/** What a save changes, field by field (a list of causes in another order is no change): for the audit row. */
export const diffClaimRules = (before: ClaimRules, after: ClaimRules): ClaimRuleChange[] =>
  CLAIM_RULE_FIELDS.flatMap(({ key }) => {
    const from = claimRuleValue(before, key);
    const to = claimRuleValue(after, key);
    return same(from, to) ? [] : [{ key, from, to }];
  });
