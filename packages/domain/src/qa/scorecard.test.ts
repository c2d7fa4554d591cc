import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultForbiddenPhraseMatcher } from '../scripts/phrases.ts';
import { DEFAULT_QA_CONFIG, parseQaConfig, QA_ITEM_IDS } from './config.ts';
import { applyReview, type CallFacts, type ScoredItem, scoreCall, weightedScore } from './scorecard.ts';
import type { Turn } from './transcript.ts';

const matcher = defaultForbiddenPhraseMatcher();
let at = 0;
const turn = (speaker: Turn['speaker'], text: string): Turn => {
  at += 1000;
  return { speaker, text, startMs: at, endMs: at + 900 };
};
const a = (text: string) => turn('agent', text);
const c = (text: string) => turn('customer', text);

const facts: CallFacts = {
  lineName: '农保',
  agentNo: '1001',
  customerSurname: '王',
  nameKnownAtStart: false,
  isClaimReport: true,
  hungUpBy: 'customer',
  answeredWithinRings: true,
};

const perfect: Turn[] = [
  a('您好，农保，1001号为您服务！'),
  c('你好，我姓王，我的车被追尾了，要报案。'),
  a('王先生，请您提供保单号码/车牌号码/被保险人姓名。'),
  c('车牌号京A12345。'),
  a('请您告诉我出险的时间和地点。'),
  c('今天上午九点，在三环。'),
  a('请问您车出险的经过是……？'),
  c('等红灯时被后车追尾。'),
  a('我复述一下：您的车等红灯时被后车追尾，需要报案，对吗？'),
  c('对。'),
  a('请您保护好现场，我们理赔人员马上会与您联系。请问还有什么可以帮助您？感谢您的来电，再见！'),
];

const item = (card: ReturnType<typeof scoreCall>, id: string) => card.items.find((i) => i.id === id)!;

describe('automatic call QA scorecard', () => {
  it('scores a call that follows every standard 100', () => {
    const card = scoreCall(perfect, facts, DEFAULT_QA_CONFIG, matcher);
    expect(card.items.map((i) => [i.id, i.result])).toEqual(
      QA_ITEM_IDS.map((id) => [id, id === 'lateAnswerApology' ? 'na' : 'pass']),
    );
    expect(card.score).toBe(100);
    expect(card.hits).toEqual([]);
  });

  it('greeting: must be the first agent turn, with hello, line name and agent number', () => {
    const late = scoreCall(
      [c('喂？'), a('请讲。'), a('您好，农保，1001号为您服务！')],
      facts,
      DEFAULT_QA_CONFIG,
      matcher,
    );
    expect(item(late, 'greeting')).toMatchObject({ result: 'fail', reason: 'GREETING_NO_HELLO', turns: [1] });
    for (const [text, reason] of [
      ['您好，1001号为您服务！', 'GREETING_NO_LINE_NAME'],
      ['您好，农保，为您服务！', 'GREETING_NO_AGENT_NO'],
      ['您好，农保，1002号为您服务！', 'GREETING_NO_AGENT_NO'],
    ] as const)
      expect(item(scoreCall([a(text)], facts, DEFAULT_QA_CONFIG, matcher), 'greeting').reason).toBe(reason);
    // full-width digits and spaces are read through
    expect(
      item(scoreCall([a('您 好，农 保，１００１号为您服务')], facts, DEFAULT_QA_CONFIG, matcher), 'greeting')
        .result,
    ).toBe('pass');
  });

  it('surname: required only after the name is known', () => {
    const before = [a('您好，农保，1001号为您服务！'), a('先生您好'), c('我姓王'), a('好的，请讲。')];
    expect(item(scoreCall(before, facts, DEFAULT_QA_CONFIG, matcher), 'surnameAddress')).toMatchObject({
      result: 'fail',
      reason: 'SURNAME_NOT_USED',
    });
    const never = [a('您好，农保，1001号为您服务！'), c('我想咨询一下')];
    expect(item(scoreCall(never, facts, DEFAULT_QA_CONFIG, matcher), 'surnameAddress').result).toBe('na');
    expect(
      item(
        scoreCall(never, { ...facts, customerSurname: null }, DEFAULT_QA_CONFIG, matcher),
        'surnameAddress',
      ).reason,
    ).toBe('SURNAME_UNKNOWN');
    const identified = [a('王女士您好，农保，1001号为您服务！')];
    expect(
      item(
        scoreCall(identified, { ...facts, nameKnownAtStart: true }, DEFAULT_QA_CONFIG, matcher),
        'surnameAddress',
      ).result,
    ).toBe('pass');
    const lastWord = [a('您好'), c('我姓王')];
    expect(item(scoreCall(lastWord, facts, DEFAULT_QA_CONFIG, matcher), 'surnameAddress').reason).toBe(
      'NO_AGENT_TURN_AFTER_NAME',
    );
  });

  it('claim report: lists the questions not asked; n/a for other calls', () => {
    const card = scoreCall(perfect.slice(0, 5), facts, DEFAULT_QA_CONFIG, matcher);
    expect(item(card, 'claimReportQuestions')).toMatchObject({
      result: 'fail',
      missing: ['course', 'nextStep'],
    });
    expect(
      item(
        scoreCall(perfect, { ...facts, isClaimReport: false }, DEFAULT_QA_CONFIG, matcher),
        'claimReportQuestions',
      ).result,
    ).toBe('na');
  });

  it('forbidden phrase: agent turns only, with positions', () => {
    const turns = [a('您好，农保，1001号为您服务！'), c('你们是不是不知道？'), a('这个我不 知 道。再见')];
    const card = scoreCall(turns, facts, DEFAULT_QA_CONFIG, matcher);
    expect(card.hits).toEqual([{ turn: 2, phraseId: 'dont-know', start: 3, end: 8 }]);
    expect(item(card, 'noForbiddenPhrase')).toMatchObject({ result: 'fail', turns: [2] });
  });

  it('closing, hang-up and rings', () => {
    const card = scoreCall(
      perfect.slice(0, 8),
      { ...facts, hungUpBy: 'agent', answeredWithinRings: false },
      DEFAULT_QA_CONFIG,
      matcher,
    );
    expect(item(card, 'closing').result).toBe('fail');
    expect(item(card, 'customerHungUpFirst').reason).toBe('AGENT_HUNG_UP_FIRST');
    expect(item(card, 'answeredWithinRings').reason).toBe('ANSWERED_LATE');
    const unknown = scoreCall(
      perfect,
      { ...facts, hungUpBy: null, answeredWithinRings: null },
      DEFAULT_QA_CONFIG,
      matcher,
    );
    expect(item(unknown, 'customerHungUpFirst').result).toBe('na');
    expect(unknown.score).toBe(100);
  });

  it('weights: a failed item costs its weight over the applicable weights', () => {
    const card = scoreCall(perfect, { ...facts, hungUpBy: 'agent' }, DEFAULT_QA_CONFIG, matcher);
    // Applicable: every item but lateAnswerApology (answered in time), 115 points; the agent hang-up costs 5.
    expect(card.score).toBe(Math.round((110 / 115) * 1000) / 10);
    const noClaim = scoreCall(
      perfect,
      { ...facts, isClaimReport: false, hungUpBy: 'agent' },
      DEFAULT_QA_CONFIG,
      matcher,
    );
    expect(noClaim.score).toBe(Math.round((90 / 95) * 1000) / 10);
  });

  it('disabled items leave the card', () => {
    const cfg = {
      ...DEFAULT_QA_CONFIG,
      items: DEFAULT_QA_CONFIG.items.map((i) => ({ ...i, enabled: i.id !== 'closing' })),
    };
    const noClosing = [...perfect.slice(0, 10), a('请您保护好现场，我们理赔人员马上会与您联系。')];
    expect(scoreCall(noClosing, facts, DEFAULT_QA_CONFIG, matcher).score).toBe(
      Math.round((105 / 115) * 1000) / 10,
    );
    const card = scoreCall(noClosing, facts, cfg, matcher);
    expect(card.items.map((i) => i.id)).not.toContain('closing');
    expect(card.score).toBe(100);
  });

  it('score is between 0 and 100 and null only when nothing applies', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.integer({ min: 0, max: 100 }),
            result: fc.constantFrom('pass', 'fail', 'na'),
          }),
          { maxLength: 7 },
        ),
        (rows) => {
          const items: ScoredItem[] = rows.map((r) => ({ id: 'greeting', reason: null, turns: [], ...r }));
          const s = weightedScore(items);
          const total = rows.filter((r) => r.result !== 'na').reduce((x, r) => x + r.weight, 0);
          if (total === 0) expect(s).toBeNull();
          else {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

describe('manual review', () => {
  const card = scoreCall(perfect, { ...facts, hungUpBy: 'agent' }, DEFAULT_QA_CONFIG, matcher);

  it('overrides an item with a comment, keeps the automatic result and recomputes', () => {
    const reviewed = applyReview(card, [
      { id: 'customerHungUpFirst', result: 'pass', comment: '客户已道别，线路断开' },
    ]);
    expect(item(reviewed, 'customerHungUpFirst')).toMatchObject({
      result: 'pass',
      review: { original: 'fail' },
    });
    expect(reviewed.score).toBe(100);
    const again = applyReview(reviewed, [{ id: 'customerHungUpFirst', result: 'na', comment: '无法判断' }]);
    expect(item(again, 'customerHungUpFirst').review?.original).toBe('fail');
  });

  it('requires a comment and an item on the card', () => {
    expect(() => applyReview(card, [{ id: 'greeting', result: 'fail', comment: ' ' }])).toThrow(
      'REVIEW_COMMENT_REQUIRED',
    );
    const without = { ...card, items: card.items.filter((i) => i.id !== 'closing') };
    expect(() => applyReview(without, [{ id: 'closing', result: 'fail', comment: 'x' }])).toThrow(
      'QA_ITEM_NOT_ON_CARD',
    );
  });
});

describe('scorecard configuration', () => {
  const raw = () =>
    JSON.parse(JSON.stringify(DEFAULT_QA_CONFIG)) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };
  it('refuses a repeated item, a bad weight, all weights zero, empty keywords', () => {
    const repeated = raw();
    repeated.items.push(repeated.items[0]!);
    expect(() => parseQaConfig(repeated)).toThrow('QA_CONFIG_INVALID');
    const bad = raw();
    bad.items[0]!.weight = 1.5;
    expect(() => parseQaConfig(bad)).toThrow('QA_CONFIG_INVALID');
    const zero = raw();
    for (const i of zero.items) i.weight = 0;
    expect(() => parseQaConfig(zero)).toThrow('QA_CONFIG_INVALID');
    expect(() => parseQaConfig({ ...raw(), closingPhrases: [] })).toThrow('QA_CONFIG_INVALID');
    expect(parseQaConfig(raw())).toEqual(DEFAULT_QA_CONFIG);
  });
});

describe('QA items of issue 15 (seed 001 第二篇 六(一), seed 000 一(四)1 and 一(一)2)', () => {
  const score = (turns: Turn[], f: Partial<CallFacts> = {}) =>
    scoreCall(turns, { ...facts, ...f }, DEFAULT_QA_CONFIG, matcher);

  it('restatedRequest: an agent turn after the customer spoke restates and confirms the request', () => {
    expect(item(score(perfect), 'restatedRequest')).toMatchObject({ result: 'pass', turns: [8] });
    const without = perfect.filter((t) => !t.text.startsWith('我复述一下'));
    expect(item(score(without), 'restatedRequest')).toMatchObject({
      result: 'fail',
      reason: 'REQUEST_NOT_RESTATED',
    });
    expect(item(score([a('您好，农保，1001号为您服务！')]), 'restatedRequest')).toMatchObject({
      result: 'na',
      reason: 'CUSTOMER_NEVER_SPOKE',
    });
  });

  it('lateAnswerApology: answered after the third ring needs 让您久等了 in the first two agent turns', () => {
    const late = { answeredWithinRings: false };
    expect(item(score(perfect, late), 'lateAnswerApology')).toMatchObject({
      result: 'fail',
      reason: 'LATE_ANSWER_NO_APOLOGY',
    });
    const apologised = [
      a('您好，农保，1001号为您服务！对不起，刚才因为线路忙，让您久等了！'),
      ...perfect.slice(1),
    ];
    expect(item(score(apologised, late), 'lateAnswerApology').result).toBe('pass');
    expect(item(score(perfect), 'lateAnswerApology')).toMatchObject({
      result: 'na',
      reason: 'ANSWERED_IN_TIME',
    });
    expect(item(score(perfect, { answeredWithinRings: null }), 'lateAnswerApology').reason).toBe(
      'NOT_ANSWERED',
    );
  });

  it('surnameHeardUsed: the surname given in the call is used, even with no linked case', () => {
    const noCase = { customerSurname: null };
    expect(item(score(perfect, noCase), 'surnameHeardUsed')).toMatchObject({ result: 'pass', turns: [2] });
    expect(item(score(perfect, noCase), 'surnameAddress').result).toBe('na');
    const ignored = perfect.map((t) => (t.text.startsWith('王先生') ? { ...t, text: t.text.slice(4) } : t));
    expect(item(score(ignored, noCase), 'surnameHeardUsed')).toMatchObject({
      result: 'fail',
      reason: 'HEARD_SURNAME_NOT_USED',
      turns: [1],
    });
    const compound = [a('您好，农保，1001号为您服务！'), c('免贵姓欧阳。'), a('欧阳女士，请讲。')];
    expect(item(score(compound, noCase), 'surnameHeardUsed').result).toBe('pass');
    const nameField = [a('请问被保险人姓名？'), c('被保险人姓名是李四。'), a('好的。')];
    expect(item(score(nameField, noCase), 'surnameHeardUsed').reason).toBe('SURNAME_NOT_HEARD');
  });

  it('a scorecard saved before these items existed gets them with the shipped weights', () => {
    const old = {
      ...DEFAULT_QA_CONFIG,
      items: DEFAULT_QA_CONFIG.items.filter(
        (i) => !['restatedRequest', 'lateAnswerApology', 'surnameHeardUsed'].includes(i.id),
      ),
      restateMarkers: undefined,
      lateAnswerApology: undefined,
    };
    const parsed = parseQaConfig(old);
    expect(parsed.items.map((i) => i.id)).toEqual([...QA_ITEM_IDS]);
    expect(parsed.restateMarkers).toEqual(DEFAULT_QA_CONFIG.restateMarkers);
  });
});
