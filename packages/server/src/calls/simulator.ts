import { randomUUID } from 'node:crypto';
import type { Turn } from '@claimline/domain/qa';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { getHotlineSettings } from '../scripts/settings.ts';
import { applyCti } from './cti.ts';
import type { SIMULATOR_SCENARIOS } from './schema.ts';
import { saveTranscript } from './transcripts.ts';

export type Scenario = (typeof SIMULATOR_SCENARIOS)[number];

/** Scripted conversations for the demo; each exercises some items of the QA scorecard. */
const script = (scenario: Scenario, lineName: string, agentNo: string): [Turn['speaker'], string][] => {
  const hello: [Turn['speaker'], string] = ['agent', `您好，${lineName}，${agentNo}号为您服务！`];
  const bye: [Turn['speaker'], string] = ['agent', '请问还有什么可以帮助您？感谢您的来电，再见！'];
  switch (scenario) {
    case 'claimReport':
      return [
        hello,
        ['customer', '你好，我姓王，我的车在路口被追尾了，想报案。'],
        ['agent', '王先生，请您提供保单号码/车牌号码/被保险人姓名。'],
        ['customer', '车牌号京A12345，被保险人是我本人。'],
        ['agent', '请您告诉我出险的时间和地点。'],
        ['customer', '今天上午九点，在三环国贸桥下。'],
        ['agent', '请问您车出险的经过是……？'],
        ['customer', '等红灯的时候被后车追尾，没有人受伤。'],
        // Seed 001 第二篇 六(一): restate the request and confirm it before the next step.
        ['agent', '我复述一下：您的车等红灯时被后车追尾，没有人受伤，需要报案，对吗？'],
        ['customer', '对。'],
        ['agent', '请您保护好现场，我们理赔人员马上会与您联系。'],
        ['customer', '好的，谢谢。'],
        bye,
      ];
    case 'forbidden':
      return [
        hello,
        ['customer', '我姓赵，上个月报的案，怎么还没赔下来？'],
        ['agent', '这个我也不知道，理赔的事情不归我们这边。'],
        ['customer', '那我找谁？'],
        ['agent', '你可以投诉我，或者找我们领导解决。'],
      ];
    case 'lateAnswer':
      return [
        ['agent', `您好，${lineName}，${agentNo}号为您服务！对不起，刚才因为线路忙，让您久等了！`],
        ['customer', '我想问一下退保需要带什么材料。'],
        ['agent', '对不起，电脑正在查询中，请您稍等片刻，好吗？'],
        ['agent', '退保需要带保单原件、身份证和银行卡。麻烦您记录一下，好吗？'],
        ['customer', '记好了。'],
        bye,
      ];
    default:
      return [
        hello,
        ['customer', '你好，我姓李，想咨询一下意外医疗理赔需要哪些材料。'],
        ['agent', '李女士，我复述一下：您想了解意外医疗理赔需要的材料，对吗？'],
        ['customer', '对。'],
        ['agent', '李女士，意外医疗理赔需要理赔申请书、身份证、病历和医疗费用发票。'],
        ['customer', '好的，明白了。'],
        bye,
      ];
  }
};

/**
 * The demo call simulator (issue #5 part 4): feeds the same CTI path a PBX would (ringing → answered → ended,
 * with the actor as agent) and posts a scripted transcript. The silent scenario stops at "answered" so the
 * agent can run the silent-call panel live. Refused outside demo mode.
 */
export const simulateCall = async (
  deps: Deps,
  ctx: RequestCtx,
  scenario: Scenario,
  withTranscript: boolean,
  endAt: Date = ctx.clock.now(),
) => {
  if (!deps.settings.demo) throw new AppError('SIMULATOR_DEMO_ONLY');
  const settings = await getHotlineSettings(deps.db);
  const user = await deps.db
    .selectFrom('users')
    .select('agent_no')
    .where('id', '=', ctx.actor.id)
    .executeTakeFirst();
  const agentNo = user?.agent_no ?? undefined;
  const callId = `SIM-${randomUUID()}`;
  const inTime = settings.ringSeconds * settings.answerWithinRings;
  const ringMs = (scenario === 'lateAnswer' ? inTime + 7 : Math.max(1, inTime - 6)) * 1000;
  const turns = script(scenario, settings.lineName, agentNo ?? '0000');
  const talkMs = scenario === 'silent' ? 0 : turns.length * 6000 + 4000;
  const answeredAt = new Date(endAt.getTime() - talkMs);
  const base = {
    callId,
    direction: 'inbound' as const,
    callerNumber: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    queue: scenario === 'claimReport' ? 'claimReport' : 'general',
    agentNo,
  };
  const ringing = await applyCti(
    deps,
    ctx,
    { ...base, event: 'ringing', at: new Date(answeredAt.getTime() - ringMs).toISOString() },
    true,
  );
  await applyCti(deps, ctx, { ...base, event: 'answered', at: answeredAt.toISOString() }, true);
  if (scenario === 'silent') return ringing.id;
  if (withTranscript) {
    const timed: Turn[] = turns.map(([speaker, text], i) => ({
      speaker,
      text,
      startMs: i * 6000,
      endMs: i * 6000 + 5000,
    }));
    await saveTranscript(deps, ctx, ringing.id, { turns: timed }, 'simulator');
  }
  await applyCti(
    deps,
    ctx,
    {
      ...base,
      event: 'ended',
      at: endAt.toISOString(),
      hungUpBy: scenario === 'forbidden' ? 'agent' : 'customer',
    },
    true,
  );
  return ringing.id;
};
