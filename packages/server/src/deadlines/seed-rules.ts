import { NATIONAL_CALENDAR_ID } from '@claimline/domain/calendar';
import type { CaseKind } from '@claimline/domain/cases';
import type { DeadlineStart, DeadlineUnit, EscalationStep } from '@claimline/domain/deadlines';

export type SeedRule = {
  id: string;
  kind: string;
  caseKind: CaseKind;
  startsOn: DeadlineStart;
  unit: DeadlineUnit;
  amount: number;
  warnBeforeMinutes: number;
  escalationChain: EscalationStep[];
  escalateEveryMinutes: number;
  metBy: string[];
  source: string;
};

const FULL_CHAIN: EscalationStep[] = ['owner', 'teamLead', 'supervisor', 'headOffice'];
export const FULL_ESCALATION_CHAIN = FULL_CHAIN;

/**
 * The deadline rules seeded on first start: data an administrator may change later, each citing its source.
 * `caseCreated` rules start with the case; the others when their capability reports the event (C3, C4).
 */
export const SEED_RULES: readonly SeedRule[] = [
  {
    id: 'consultation-first-response',
    kind: 'caseFirstResponse',
    caseKind: 'consultation',
    startsOn: 'caseCreated',
    unit: 'workingHours',
    // Setting: seed 000 §(四)5 leaves the reply time open ("XX 小时"); PRODUCT.md makes open numbers settings.
    amount: 2,
    // Setting: half an hour's notice before the 2 working hours run out.
    warnBeforeMinutes: 30,
    escalationChain: FULL_CHAIN,
    // Setting: one step up the chain per working hour of delay; no seed fixes the interval.
    escalateEveryMinutes: 60,
    metBy: ['answer'],
    source: '设定值：咨询首次答复时限（种子 000 §(四)5 "XX 小时" 由设置给出）',
  },
  {
    id: 'claim-materials-handover',
    kind: 'claimHandover',
    caseKind: 'claimApplication',
    // Seed 003 (五) counts from receiving the materials: the set becoming complete (claim-applications), not the case.
    startsOn: 'materialsComplete',
    unit: 'workingDays',
    // Seed 003 (五): 收到理赔材料 3 个工作日内移交保险公司.
    amount: 3,
    // Setting: half a working day (4 working hours) before the end of the third working day.
    warnBeforeMinutes: 240,
    escalationChain: FULL_CHAIN,
    // Setting: one step per half working day once late.
    escalateEveryMinutes: 240,
    // The insurer's receipt confirmation of the transmittal list is the hand-over done.
    metBy: ['confirmReceipt'],
    source: '种子 003（五）：收到理赔材料后 3 个工作日内移交保险公司（材料齐全时起算，保险公司签收为止）',
  },
  {
    id: 'complaint-decision',
    kind: 'complaintDecision',
    caseKind: 'complaint',
    startsOn: 'caseCreated',
    // 银行业保险业消费投诉处理管理办法 (原银保监会令2020年第3号) art. 43 ¶2: "除'7个工作日'以外的'日'均为自然日".
    unit: 'naturalDays',
    // Art. 18 ¶1: "自收到消费投诉之日起15日内作出处理决定并告知投诉人". Unit and amount are this row's data.
    amount: 15,
    // Setting: two days' notice.
    warnBeforeMinutes: 2 * 24 * 60,
    escalationChain: FULL_CHAIN,
    // Setting: one step per day once late.
    escalateEveryMinutes: 24 * 60,
    // Decide *and tell the complainant*: the complaint's `inform` event meets it.
    metBy: ['inform'],
    source:
      '银行业保险业消费投诉处理管理办法（2020）第十八条、第四十三条：收到投诉之日起 15 日（自然日）内作出处理决定并告知投诉人',
  },
  {
    id: 'major-case-report',
    kind: 'majorCaseReport',
    caseKind: 'claimReport',
    startsOn: 'majorCaseFlagged',
    unit: 'elapsedHours',
    // Seed 003 重大案件: report to head office within 24 hours of the report or of learning the facts.
    amount: 24,
    // Setting: four hours' notice.
    warnBeforeMinutes: 240,
    escalationChain: ['owner', 'supervisor', 'headOffice'],
    // Setting: a late major-case report goes up one step per hour.
    escalateEveryMinutes: 60,
    metBy: ['majorCaseReported'],
    source: '种子 003 重大案件：接报或知悉后 24 小时内上报总公司',
  },
  {
    id: 'claim-decision',
    kind: 'claimDecision',
    caseKind: 'claimApplication',
    startsOn: 'materialsComplete',
    unit: 'calendarDays',
    // Insurance Law art. 23: decide within 30 days of receiving the claim for complex cases.
    amount: 30,
    // Setting: five days' notice.
    warnBeforeMinutes: 5 * 24 * 60,
    escalationChain: FULL_CHAIN,
    // Setting: one step per day once late.
    escalateEveryMinutes: 24 * 60,
    // The runner records the move: a decision within authority, or one approved above it.
    metBy: ['decide', 'approveDecision'],
    source: '保险法第二十三条：情形复杂的，30 日内作出核定',
  },
  {
    id: 'claim-refusal-notice',
    kind: 'claimRefusalNotice',
    caseKind: 'claimApplication',
    startsOn: 'claimDecided',
    unit: 'calendarDays',
    // Insurance Law art. 24: refusal notice with reasons within 3 days of the decision.
    amount: 3,
    // Setting: one day's notice.
    warnBeforeMinutes: 24 * 60,
    escalationChain: FULL_CHAIN,
    // Setting: one step per day once late.
    escalateEveryMinutes: 24 * 60,
    // The refusal move records the notice with its reasons (the letter is printed from it).
    metBy: ['refuse'],
    source: '保险法第二十四条：作出核定之日起 3 日内发出拒绝赔偿通知书并说明理由',
  },
  {
    id: 'claim-payment',
    kind: 'claimPayment',
    caseKind: 'claimApplication',
    startsOn: 'payoutAgreed',
    unit: 'calendarDays',
    // Insurance Law art. 23: pay within 10 days of agreeing the amount.
    amount: 10,
    // Setting: two days' notice.
    warnBeforeMinutes: 2 * 24 * 60,
    escalationChain: FULL_CHAIN,
    // Setting: one step per day once late.
    escalateEveryMinutes: 24 * 60,
    metBy: ['pay'],
    source: '保险法第二十三条：达成赔偿协议后 10 日内履行赔偿义务',
  },
  {
    id: 'claim-advance-payment',
    kind: 'claimAdvancePayment',
    caseKind: 'claimApplication',
    // Art. 25 runs from receiving the claim with its materials, the fact the art. 23 decision clock starts on too.
    startsOn: 'materialsComplete',
    unit: 'calendarDays',
    // Insurance Law art. 25: within 60 days, advance the amount that can be determined when the total cannot.
    amount: 60,
    // Setting: five days' notice.
    warnBeforeMinutes: 5 * 24 * 60,
    escalationChain: FULL_CHAIN,
    // Setting: one step per day once late.
    escalateEveryMinutes: 24 * 60,
    // Met by the advance payment itself, or moot once the amount is decided (or the claim refused).
    metBy: ['decide', 'approveDecision', 'advancePay'],
    source:
      '保险法第二十五条：收到赔偿请求和有关证明、资料之日起 60 日内，数额不能确定的，先予支付可以确定的数额',
  },
  // Issue 15: surrenders and endorsements (seed 003 第五条、第六条). The seed gives no time limits, so both are
  // settings (PRODUCT.md: an open number is a setting with a sensible default), on the branch's working days.
  ...(['surrender', 'endorsement'] as const).flatMap((caseKind): SeedRule[] => [
    {
      id: `${caseKind}-handover`,
      kind: 'serviceHandover',
      caseKind,
      startsOn: 'caseCreated',
      unit: 'workingDays',
      // Setting: 3 working days, as seed 003 第四条（五） gives the claim materials; 第五条/第六条 name no number.
      amount: 3,
      // Setting: half a working day's notice.
      warnBeforeMinutes: 240,
      escalationChain: FULL_CHAIN,
      escalateEveryMinutes: 240,
      metBy: ['handOver', 'withdraw'],
      source: `设定值：${caseKind === 'surrender' ? '退保' : '批改'}申请受理后 3 个工作日内移交保险公司（种子 003 ${caseKind === 'surrender' ? '第五条' : '第六条'}未定时限，比照第四条（五））`,
    },
    {
      id: `${caseKind}-completion`,
      kind: 'serviceCompletion',
      caseKind,
      startsOn: 'caseCreated',
      unit: 'workingDays',
      // Setting: the insurer answers within 10 working days of the request; no seed or law fixes it.
      amount: 10,
      // Setting: two working days' notice (16 working hours).
      warnBeforeMinutes: 16 * 60,
      escalationChain: FULL_CHAIN,
      escalateEveryMinutes: 8 * 60,
      metBy: ['complete', 'decline', 'withdraw'],
      source: `设定值：${caseKind === 'surrender' ? '退保' : '批改'}受理后 10 个工作日内办结（种子 003 ${caseKind === 'surrender' ? '第五条' : '第六条'}未定时限）`,
    },
  ]),
];

/** Every calendar-based seed rule runs on the national calendar, layered with the case's branch calendar. */
export const SEED_RULE_CALENDAR = NATIONAL_CALENDAR_ID;
