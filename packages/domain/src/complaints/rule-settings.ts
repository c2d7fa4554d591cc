import { APPROVAL_LEVELS, type AuthorityRow, DEFAULT_AUTHORITY_TABLE } from './authority.ts';
import {
  type ClassificationMatrix,
  COMPLEXITIES,
  DEFAULT_CLASSIFICATION_MATRIX,
  handlerRank,
  URGENCIES,
} from './classification.ts';
import { type ComplaintClockRules, DEFAULT_COMPLAINT_CLOCK } from './clock.ts';

/** Every complaint rule head office edits on one page: the clock, the matrix and the authority table. */
export type ComplaintRuleSettings = {
  clock: ComplaintClockRules;
  matrix: ClassificationMatrix;
  authority: readonly AuthorityRow[];
};

export const DEFAULT_COMPLAINT_RULES: ComplaintRuleSettings = {
  clock: DEFAULT_COMPLAINT_CLOCK,
  matrix: DEFAULT_CLASSIFICATION_MATRIX,
  authority: DEFAULT_AUTHORITY_TABLE,
};

/** The units the deadline engine computes a day limit in; art. 43 ¶2 makes natural days the statute's. */
export const DECISION_UNITS = ['naturalDays', 'workingDays', 'calendarDays'] as const;

/**
 * 办法 (2020) art. 18 ¶1: 15 日, complex "延长至30日", very complex "再延长30日". These are ceilings: an institution
 * may decide faster, never slower.
 */
export const STATUTE_DAYS = { base: 15, complexTotal: 30, veryComplexExtra: 30 } as const;

type Text = { zh: string; en: string };

export type ComplaintClockKey = keyof ComplaintClockRules;

export type ComplaintClockField = {
  key: ComplaintClockKey;
  unit: 'unit' | 'days' | 'hours' | 'workingDays' | 'score';
  min: number;
  max: number;
  /** Why the upper bound is the statute's and not simply a large number. */
  maxReason?: Text;
  source: Text;
};

const ART_18: Text = {
  zh: '不能长于法定期限（银行业保险业消费投诉处理管理办法第十八条第一款）',
  en: 'Cannot be longer than the statutory limit (Measures on consumer complaints, art. 18 ¶1)',
};

/** The clock's settings with bounds and sources; the unit and base days are stored in `complaint-decision`. */
export const COMPLAINT_CLOCK_FIELDS: readonly ComplaintClockField[] = [
  {
    key: 'unit',
    unit: 'unit',
    min: 0,
    max: 0,
    source: {
      zh: '办法第四十三条第二款：除"7个工作日"以外的"日"均为自然日',
      en: 'Measures art. 43 ¶2: every "day" except "7 working days" is a natural day',
    },
  },
  {
    key: 'baseDays',
    unit: 'days',
    min: 1,
    max: STATUTE_DAYS.base,
    maxReason: ART_18,
    source: {
      zh: '办法第十八条第一款：自收到投诉之日起 15 日内作出处理决定并告知投诉人',
      en: 'Measures art. 18 ¶1: decide and tell the complainant within 15 days of receipt',
    },
  },
  {
    key: 'complexTotalDays',
    unit: 'days',
    min: 1,
    max: STATUTE_DAYS.complexTotal,
    maxReason: ART_18,
    source: {
      zh: '办法第十八条第一款：情况复杂的可以延长至 30 日',
      en: 'Measures art. 18 ¶1: a complex complaint may be extended to 30 days in all',
    },
  },
  {
    key: 'veryComplexExtraDays',
    unit: 'days',
    min: 1,
    max: STATUTE_DAYS.veryComplexExtra,
    maxReason: ART_18,
    source: {
      zh: '办法第十八条第一款：情况特别复杂的，经上级机构或总公司高级管理人员审批并告知投诉人，可以再延长 30 日',
      en: 'Measures art. 18 ¶1: a very complex one 30 more days, with senior approval and notice to the complainant',
    },
  },
  {
    key: 'defaultReplyHours',
    unit: 'hours',
    min: 1,
    max: 720,
    source: {
      zh: '种子 000 §(四)5：在 XX 小时之内给您明确的答复（登记投诉时的默认承诺小时数）',
      en: 'Seed 000 §(四)5: "a clear answer within XX hours" (the hours offered by default at intake)',
    },
  },
  {
    key: 'callbackWorkingDays',
    unit: 'workingDays',
    min: 1,
    max: 30,
    source: {
      zh: '种子 002 §三(二)5：处理完毕后回访客户（告知后若干工作日内，设定值）',
      en: 'Seed 002 §三(二)5: call the customer back after the complaint is handled (working days: a setting)',
    },
  },
  {
    key: 'satisfiedFromScore',
    unit: 'score',
    min: 1,
    max: 5,
    source: {
      zh: '设定值：回访评分（1–5 分）达到该分数视为满意',
      en: 'Setting: a call-back score (1–5) from which the complainant counts as satisfied',
    },
  },
];

export const COMPLAINT_TABLE_SOURCES: Record<'matrix' | 'authority', Text> = {
  matrix: {
    zh: '种子 002 §三(二)3：根据问题的紧急程度和复杂程度分类处理；§二(二)3、§二(三)6：疑难问题由组长、重大投诉由主管处理',
    en: 'Seed 002 §三(二)3: classify by urgency and complexity; §二(二)3, §二(三)6: hard cases to the team lead, major ones to the supervisor',
  },
  authority: {
    zh: '种子 003 第三章第八条：核决权限（金额未列明，设定值）',
    en: 'Seed 003 ch. 3 art. 8: approval authority (no amounts given: a setting)',
  },
};

export type ComplaintRuleProblem = { path: (string | number)[]; zh: string; en: string };

const LEVEL_ZH: Record<string, string> = {
  teamLead: '组长',
  supervisor: '主管',
  branch: '分公司',
  headOffice: '总公司',
  agent: '坐席',
};
const SEVERITY_RANK = (s: string) => URGENCIES.indexOf(s as (typeof URGENCIES)[number]);

const clockProblems = (c: ComplaintClockRules): ComplaintRuleProblem[] => {
  const out: ComplaintRuleProblem[] = [];
  // 办法 (2020) art. 18 ¶1: an extension lengthens the limit, so the complex total cannot be below the base.
  if (c.complexTotalDays < c.baseDays)
    out.push({
      path: ['clock', 'complexTotalDays'],
      zh: `复杂投诉的总期限不能短于一般期限（${c.baseDays} 日）`,
      en: `The complex total cannot be shorter than the base limit (${c.baseDays} days)`,
    });
  return out;
};

/** A more urgent or more complex complaint is never handled at a lower level than a milder one. */
const matrixProblems = (m: ClassificationMatrix): ComplaintRuleProblem[] => {
  const out: ComplaintRuleProblem[] = [];
  URGENCIES.forEach((u, ui) => {
    COMPLEXITIES.forEach((c, ci) => {
      const here = handlerRank(m[u][c].handlerRole);
      const milder = [
        ui > 0 ? m[URGENCIES[ui - 1] as typeof u][c] : null,
        ci > 0 ? m[u][COMPLEXITIES[ci - 1] as typeof c] : null,
      ];
      if (milder.some((x) => x !== null && handlerRank(x.handlerRole) > here))
        out.push({
          path: ['matrix', u, c, 'handlerRole'],
          zh: '更紧急或更复杂的投诉，处理级别不能低于较轻的投诉',
          en: 'A more urgent or more complex complaint cannot go to a lower level than a milder one',
        });
    });
  });
  return out;
};

/** Each level covers at least what the level below covers; head office is unlimited. */
const authorityProblems = (table: readonly AuthorityRow[]): ComplaintRuleProblem[] => {
  const out: ComplaintRuleProblem[] = [];
  if (table.length !== APPROVAL_LEVELS.length || table.some((r, i) => r.level !== APPROVAL_LEVELS[i]))
    return [
      {
        path: ['authority'],
        zh: '审批权限表须依次列出组长、主管、分公司、总公司四级',
        en: 'The authority table lists team lead, supervisor, branch and head office, in that order',
      },
    ];
  table.forEach((hi, i) => {
    const lo = i > 0 ? (table[i - 1] as AuthorityRow) : null;
    if (lo && hi.maxAmount !== null && (lo.maxAmount === null || hi.maxAmount < lo.maxAmount))
      out.push({
        path: ['authority', i, 'maxAmount'],
        zh: `金额上限须随级别递增：${LEVEL_ZH[hi.level]}低于${LEVEL_ZH[lo.level]}`,
        en: `Amount limits must increase by level: ${hi.level} is below ${lo.level}`,
      });
    if (lo && SEVERITY_RANK(hi.maxSeverity) < SEVERITY_RANK(lo.maxSeverity))
      out.push({
        path: ['authority', i, 'maxSeverity'],
        zh: `可审批的严重程度须随级别递增：${LEVEL_ZH[hi.level]}低于${LEVEL_ZH[lo.level]}`,
        en: `Severity must increase by level: ${hi.level} is below ${lo.level}`,
      });
  });
  const top = table[table.length - 1] as AuthorityRow;
  // Someone must be able to approve any remedy, or a large one could never be decided.
  if (top.maxAmount !== null)
    out.push({
      path: ['authority', table.length - 1, 'maxAmount'],
      zh: '总公司的审批金额须不设上限',
      en: 'Head office must have no amount limit',
    });
  if (top.maxSeverity !== 'critical')
    out.push({
      path: ['authority', table.length - 1, 'maxSeverity'],
      zh: '总公司须能审批特急投诉',
      en: 'Head office must be able to approve critical complaints',
    });
  return out;
};

/**
 * What is wrong with a set of rules as a whole, each with the path of the value to fix and a message in both
 * languages. Single values out of their bounds are the schema's (COMPLAINT_CLOCK_FIELDS); these are the rules
 * between values.
 */
export const complaintRulesProblems = (r: ComplaintRuleSettings): ComplaintRuleProblem[] => [
  ...clockProblems(r.clock),
  ...matrixProblems(r.matrix),
  ...authorityProblems(r.authority),
];

export type ComplaintRuleValue = string | number | null;
export type ComplaintRuleChange = { key: string; from: ComplaintRuleValue; to: ComplaintRuleValue };

/** Every value by a stable key (`clock.baseDays`, `matrix.urgent.simple`, `authority.branch.maxAmount`). */
export const flattenComplaintRules = (r: ComplaintRuleSettings): [string, ComplaintRuleValue][] => [
  ...COMPLAINT_CLOCK_FIELDS.map((f): [string, ComplaintRuleValue] => [`clock.${f.key}`, r.clock[f.key]]),
  ...URGENCIES.flatMap((u) =>
    COMPLEXITIES.map((c): [string, ComplaintRuleValue] => [`matrix.${u}.${c}`, r.matrix[u][c].handlerRole]),
  ),
  ...r.authority.flatMap((row): [string, ComplaintRuleValue][] => [
    [`authority.${row.level}.maxAmount`, row.maxAmount],
    [`authority.${row.level}.maxSeverity`, row.maxSeverity],
  ]),
];

/** What a save changes, value by value: for the audit row and the editor's "changed" marks. */
export const diffComplaintRules = (
  before: ComplaintRuleSettings,
  after: ComplaintRuleSettings,
): ComplaintRuleChange[] => {
  const old = new Map(flattenComplaintRules(before));
  const next = new Map(flattenComplaintRules(after));
  const keys = [...new Set([...old.keys(), ...next.keys()])];
  return keys.flatMap((key) => {
    const from = old.has(key) ? (old.get(key) as ComplaintRuleValue) : null;
    const to = next.has(key) ? (next.get(key) as ComplaintRuleValue) : null;
    return from === to ? [] : [{ key, from, to }];
  });
};
