import { DEFAULT_COMPLAINT_CLOCK, REVIEW_DECISION_DAYS } from '@claimline/domain/complaints';
import { appendAudit } from '../audit/audit.ts';
import { CALLBACK_RULE_ID, REPLY_RULE_ID, REVIEW_RULE_ID } from '../complaints/rules.ts';
import { backfillComplaints } from '../db/migrations/0005-complaints.ts';
import { FULL_ESCALATION_CHAIN, SEED_RULE_CALENDAR } from '../deadlines/seed-rules.ts';
import type { Deps } from '../http/context.ts';

/**
 * The complaint clocks besides the regulatory decision limit, which is seeded with the other deadline rules (the
 * reply promise, the call-back, the art. 20 review), and a complaint record for every complaint case the general
 * seed made. Runs on every start, idempotently.
 */
export const seedComplaints = async (deps: Pick<Deps, 'db' | 'clock'>) => {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const added = await tx
      .insertInto('deadline_rules')
      .values([
        {
          id: REPLY_RULE_ID,
          kind: 'complaintReply',
          case_kind: 'complaint',
          starts_on: 'complaintIntake',
          unit: 'elapsedHours',
          // Seed 000 §(四)5 "在XX小时之内给您明确的答复": each complaint's promised hours replace this default.
          amount: DEFAULT_COMPLAINT_CLOCK.defaultReplyHours,
          calendar_id: null,
          // Setting: two hours' notice.
          warn_before_minutes: 120,
          escalation_chain: FULL_ESCALATION_CHAIN,
          // Setting: one step per two hours once the promise is broken.
          escalate_every_minutes: 120,
          met_by: ['feedback', 'inform'],
          source: '种子 000 §(四)5：无法当场答复的投诉，承诺在 XX 小时之内给予明确答复（小时数由坐席登记）',
          updated_at: now,
        },
        {
          id: CALLBACK_RULE_ID,
          kind: 'complaintCallback',
          case_kind: 'complaint',
          starts_on: 'complaintInformed',
          unit: 'workingDays',
          // Setting: seed 002 §三(二)5 requires the call-back (回访) but gives no delay.
          amount: DEFAULT_COMPLAINT_CLOCK.callbackWorkingDays,
          calendar_id: SEED_RULE_CALENDAR,
          // Setting: half a working day's notice.
          warn_before_minutes: 240,
          escalation_chain: FULL_ESCALATION_CHAIN,
          // Setting: one step per working day once late.
          escalate_every_minutes: 24 * 60,
          met_by: ['callback'],
          source: '种子 002 §三(二)5：处理完毕后对客户进行回访（时限为设定值）',
          updated_at: now,
        },
        {
          id: REVIEW_RULE_ID,
          kind: 'complaintReview',
          case_kind: 'complaint',
          starts_on: 'complaintReviewRequested',
          // 办法 (2020) art. 43 ¶2: days other than "7个工作日" are natural days.
          unit: 'naturalDays',
          // Art. 20: "自收到核查申请之日起30日内作出核查决定并告知投诉人".
          amount: REVIEW_DECISION_DAYS,
          calendar_id: SEED_RULE_CALENDAR,
          // Setting: three days' notice.
          warn_before_minutes: 3 * 24 * 60,
          // The review belongs to the institution above, not to the branch handler who owns the case.
          escalation_chain: ['supervisor', 'headOffice'],
          // Setting: one step per day once late.
          escalate_every_minutes: 24 * 60,
          met_by: ['reviewDecided'],
          source:
            '银行业保险业消费投诉处理管理办法（2020）第二十条、第四十三条：收到核查申请之日起 30 日（自然日）内作出核查决定并告知投诉人',
          updated_at: now,
        },
      ])
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    await backfillComplaints(tx);
    if (added.length > 0)
      await appendAudit(tx, {
        at: now,
        actor: null,
        action: 'system.seedComplaintRules',
        objectType: 'deadlineRule',
        objectId: null,
        result: 'success',
        requestId: null,
        ip: null,
        details: { rules: added.map((r) => r.id) },
      });
  });
};

/**
 * A few demo routing rules so the 投诉规则 desk has something to show: a claim dispute in Beijing goes to its team
 * lead, a sales complaint in Shanghai to the Shanghai team, a motor claim delay anywhere to head office's
 * supervisor. Only while there are none, so an administrator's deletions stay deleted.
 */
export const seedDemoRoutingRules = async (deps: Pick<Deps, 'db' | 'clock'>) => {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    if (await tx.selectFrom('complaint_routing_rules').select('id').limit(1).executeTakeFirst()) return;
    const branch = async (code: string) =>
      (await tx.selectFrom('branches').select('id').where('code', '=', code).executeTakeFirst())?.id;
    const user = async (username: string) =>
      (await tx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())?.id;
    const [bj, sh, leadBj, supHo] = await Promise.all([
      branch('BJ'),
      branch('SH'),
      user('teamlead.bj'),
      user('supervisor.ho'),
    ]);
    if (!bj || !sh || !leadBj || !supHo) return;
    const rules = [
      {
        id: 'bj-claim-dispute',
        branch_id: bj,
        product: null,
        category: 'claimDispute',
        assignee_id: leadBj,
        priority: 10,
      },
      {
        id: 'sh-sales',
        branch_id: sh,
        product: null,
        category: 'salesPractice',
        assignee_id: null,
        priority: 20,
      },
      {
        id: 'motor-claim-delay',
        branch_id: null,
        product: '机动车商业保险',
        category: 'claimDelay',
        assignee_id: supHo,
        priority: 50,
      },
    ];
    await tx
      .insertInto('complaint_routing_rules')
      .values(rules.map((r) => ({ ...r, active: true, updated_at: now })))
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: null,
      action: 'system.seedComplaintRoutingRules',
      objectType: 'complaintRoutingRule',
      objectId: null,
      result: 'success',
      requestId: null,
      ip: null,
      details: { rules: rules.map((r) => r.id) },
    });
  });
};
