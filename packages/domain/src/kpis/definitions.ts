import type { Label } from '../core/labels.ts';
import type { CounterName } from './counters.ts';

/**
 * Every KPI as data (issue #17 part 1): what it is called, how it is computed from the counters, which records
 * and events it reads, and where the seed asks for it. The formulas are ratios of summed counters, so the same
 * definition serves an agent's day and a province's quarter. docs/KPIS.md is generated from this table.
 */
export const KPI_UNITS = ['ratio', 'seconds', 'score', 'count'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export type KpiDefinition = {
  label: Label;
  unit: KpiUnit;
  /** Which way is good, for the charts' colouring and an assessment's scoring. */
  higherIsBetter: boolean;
  numerator: CounterName;
  /** Null for a plain count. */
  denominator: CounterName | null;
  /** Applied to numerator / denominator: milliseconds are shown as seconds. */
  scale: number;
  formula: Label;
  /** The records and events read, and the day each is counted on. */
  reads: string;
  source: string;
};

export const KPI_IDS = [
  'satisfaction',
  'firstContactResolution',
  'problemResolution',
  'complaintTimeliness',
  'averageSpeedOfAnswer',
  'answeredWithinRings',
  'averageHandlingTime',
  'abandonment',
  'businessSuccess',
  'forbiddenPhraseHits',
  'qaScore',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export const KPI_DEFINITIONS: Readonly<Record<KpiId, KpiDefinition>> = {
  satisfaction: {
    label: { zh: '客户满意度', en: 'Satisfaction' },
    unit: 'ratio',
    higherIsBetter: true,
    numerator: 'callbacksSatisfied',
    denominator: 'callbacks',
    scale: 1,
    formula: {
      zh: '回访评分达到满意分（默认 4 分及以上）的回访数 ÷ 有评分的回访数',
      en: 'call-backs scored at or above the satisfied score (default 4 of 5) ÷ call-backs with a score',
    },
    reads: 'complaints.callback_score, callback_at (day of the call-back); agent = case owner',
    source: 'seed 002 §五(一)1 客户满意度; §三(二)5 回访',
  },
  firstContactResolution: {
    label: { zh: '一次解决率', en: 'First-contact resolution' },
    unit: 'ratio',
    higherIsBetter: true,
    numerator: 'casesResolvedFirstContact',
    denominator: 'casesResolved',
    scale: 1,
    formula: {
      zh: '标记为首次接触即解决的已解决工单 ÷ 已解决工单',
      en: 'resolved cases marked resolved at first contact ÷ resolved cases',
    },
    reads: 'cases.first_contact_resolution, resolved_at (day resolved); agent = case owner',
    source: 'GLOSSARY 一次解决率; seed 002 §二(一)2 首问负责, §五(一)1 问题解决率',
  },
  problemResolution: {
    label: { zh: '问题解决率', en: 'Problem resolution rate' },
    unit: 'ratio',
    higherIsBetter: true,
    numerator: 'casesOpenedResolved',
    denominator: 'casesOpened',
    scale: 1,
    formula: {
      zh: '期间新建且已解决的工单 ÷ 期间新建工单',
      en: 'cases opened in the period and resolved since ÷ cases opened',
    },
    reads: 'cases.created_at (day opened), resolved_at; agent = case owner',
    source: 'seed 002 §五(一)1 问题解决率; §二(二)3 提高客户问题解决率',
  },
  complaintTimeliness: {
    label: { zh: '投诉处理及时率', en: 'Complaint timeliness' },
    unit: 'ratio',
    higherIsBetter: true,
    numerator: 'complaintsDecidedOnTime',
    denominator: 'complaintsDecided',
    scale: 1,
    formula: {
      zh: '处理决定时未超过决定时限的投诉 ÷ 已作出决定的投诉',
      en: 'complaints decided without their decision deadline breached ÷ complaints decided',
    },
    reads:
      'complaints.decided_at (day decided); deadlines (rule complaint-decision).breached_at; agent = case owner',
    source: 'seed 002 §五(一)1 投诉处理及时率; 银行业保险业消费投诉处理管理办法 art. 18',
  },
  averageSpeedOfAnswer: {
    label: { zh: '平均应答时长', en: 'Average speed of answer' },
    unit: 'seconds',
    higherIsBetter: false,
    numerator: 'answerWaitMs',
    denominator: 'callsAnswered',
    scale: 1 / 1000,
    formula: {
      zh: '已接听来电的振铃至接听时长之和 ÷ 已接听来电数',
      en: 'sum of ring start → answer ÷ answered inbound calls',
    },
    reads: 'calls (inbound).ring_started_at (day), answered_at; agent = answering agent',
    source: 'seed 002 §五(一)2 平均响应时间; GLOSSARY 平均应答时长',
  },
  answeredWithinRings: {
    label: { zh: '三声内接听率', en: 'Answered within 3 rings' },
    unit: 'ratio',
    higherIsBetter: true,
    numerator: 'callsAnsweredInRings',
    denominator: 'callsOffered',
    scale: 1,
    formula: {
      zh: '铃响三声内接听的来电 ÷ 全部振铃来电（未接听的来电计为未达标）',
      en: 'inbound calls answered within the ring limit ÷ every inbound call that rang (a call never answered is a miss)',
    },
    reads:
      'calls (inbound).ring_started_at (day), answered_within_rings (ring length and count are hotline settings)',
    source: 'seed 001 第二篇 七(一) 铃响三声之内接听; seed 000 一(四)1',
  },
  averageHandlingTime: {
    label: { zh: '平均处理时长', en: 'Average handling time' },
    unit: 'seconds',
    higherIsBetter: false,
    numerator: 'handleMs',
    denominator: 'callsHandled',
    scale: 1 / 1000,
    formula: {
      zh: '已结束通话的接听至结束时长之和 ÷ 已结束的接听通话数',
      en: 'sum of answer → end ÷ answered calls that ended',
    },
    reads: 'calls (inbound).ring_started_at (day), answered_at, ended_at; agent = answering agent',
    source: 'seed 002 §五(一)2 平均处理时间; GLOSSARY 平均处理时长',
  },
  abandonment: {
    label: { zh: '放弃率', en: 'Abandonment rate' },
    unit: 'ratio',
    higherIsBetter: false,
    numerator: 'callsAbandoned',
    denominator: 'callsOffered',
    scale: 1,
    formula: {
      zh: '振铃后未接听的来电（挂断或仍在振铃）÷ 全部振铃来电',
      en: 'inbound calls that rang and were never answered (hung up or still ringing) ÷ every inbound call that rang',
    },
    reads:
      'calls (inbound).ring_started_at (day), answered_at; agent = the agent the call was offered to, if any',
    source: 'GLOSSARY 放弃率; seed 000 一(四)1 专线难拨通',
  },
  businessSuccess: {
    label: { zh: '业务办理成功率', en: 'Business success rate' },
    unit: 'ratio',
    higherIsBetter: true,
    numerator: 'businessSucceeded',
    denominator: 'businessOpened',
    scale: 1,
    formula: {
      zh: '期间受理且已办结（未拒绝）的退保、批改、索赔申请 ÷ 期间受理的此类业务',
      en: 'surrender, endorsement and claim-application cases opened and completed (not refused) ÷ those opened',
    },
    reads:
      'cases (kinds surrender, endorsement, claimApplication).created_at (day), resolved_at; claim_applications.state',
    source: 'seed 002 §五(一)2 业务办理成功率; §三(三) 业务办理',
  },
  forbiddenPhraseHits: {
    label: { zh: '服务禁语次数', en: 'Forbidden-phrase hits' },
    unit: 'count',
    higherIsBetter: false,
    numerator: 'phraseHits',
    denominator: null,
    scale: 1,
    formula: { zh: '质检转写中命中服务禁语的次数', en: 'forbidden-phrase hits found in scored transcripts' },
    reads: 'qa_scorecards.hit_count, by the call’s ring day; agent = the call’s agent',
    source: 'seed 000 / seed 001 服务禁语; seed 002 §六(二) 语言规范',
  },
  qaScore: {
    label: { zh: '质检得分', en: 'QA score' },
    unit: 'score',
    higherIsBetter: true,
    numerator: 'qaScoreSum',
    denominator: 'qaScored',
    scale: 1,
    formula: { zh: '已评分通话的质检得分之和 ÷ 已评分通话数', en: 'sum of QA scores ÷ scored calls' },
    reads: 'qa_scorecards.score (after reviews), by the call’s ring day; agent = the call’s agent',
    source: 'seed 002 §五(一)1 服务质量指标, §二(二)2 检查工作记录; PRODUCT C8 质检',
  },
};
