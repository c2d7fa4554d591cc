import { randomUUID } from 'node:crypto';
import type { ExplanationTopic } from '@claimline/domain/front-desk';
import type { Deps } from '../http/context.ts';

/**
 * Issue #15 part 1: head office's starting texts of the counter's explanation library, one per topic of seed 004 §二 5
 * (policy, process, expected time), so the explanation stage works on a fresh demo. Branch service managers add
 * their own. The words are for customers: no article numbers or internal terms.
 */
const TEXTS: { topic: ExplanationTopic; title: string; body: string }[] = [
  {
    topic: 'policy',
    // Insurance Law art. 26: 2 years for non-life, 5 years for life insurance, from when the loss was known.
    title: '索赔时效',
    body: '财产保险、意外及健康保险的索赔请在知道保险事故发生之日起两年内提出；人寿保险为五年。',
  },
  {
    topic: 'process',
    // Seed 004 §二 and seed 003 §(四): documents, review, decision, payment.
    title: '理赔办理流程',
    body: '提交理赔申请书及相关材料 → 材料审核 → 必要时调查、定损 → 核定赔付金额 → 通知结果 → 赔款支付。材料不全时我们会一次性告知需补交的材料。',
  },
  {
    topic: 'expectedTime',
    // Seed 003 (五): materials to the insurer within 3 working days; Insurance Law art. 23: 30 days, pay within 10.
    title: '办理时间',
    body: '材料齐全后三个工作日内转交审核；一般案件尽快核定，情形复杂的在三十日内作出核定；达成赔付协议后十日内支付赔款。',
  },
];

export const seedDemoFrontDesk = async (deps: Deps) => {
  const any = await deps.db.selectFrom('visit_explanations').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  const author = await deps.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.branch_id'])
    .where('b.parent_id', 'is', null)
    .where('u.role', '=', 'headOffice')
    .executeTakeFirst();
  if (!author) return 0;
  const now = deps.clock.now();
  await deps.db
    .insertInto('visit_explanations')
    .values(
      TEXTS.map((t) => ({
        id: randomUUID(),
        branch_id: author.branch_id,
        ...t,
        updated_by: author.id,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  return TEXTS.length;
};
