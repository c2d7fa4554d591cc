import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import {
  DEFAULT_ALLOW_CONTEXTS,
  DEFAULT_FORBIDDEN_PHRASES,
  parseForbiddenPhrases,
  parseStandardPhrases,
  STANDARD_SITUATIONS,
} from './phrases.ts';
import { fillTemplate } from './template.ts';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
  }
  return null;
};

describe('default forbidden phrases', () => {
  it('holds every 服务忌语 of seed 001 第二篇 四(三), each with an alternative and a source', () => {
    expect(DEFAULT_FORBIDDEN_PHRASES.map((p) => p.phrase)).toEqual([
      '不知道',
      '不太清楚',
      '我也不知道该怎么办',
      '这个问题不归我管',
      '你自己看',
      '我也没办法',
      '找我们领导解决',
      '找总公司解决',
      '找保监会解决',
      '你到法院告去',
      '你可以投诉我',
    ]);
    expect(new Set(DEFAULT_FORBIDDEN_PHRASES.map((p) => p.id)).size).toBe(DEFAULT_FORBIDDEN_PHRASES.length);
    for (const p of DEFAULT_FORBIDDEN_PHRASES) {
      expect(p.source).toMatch(/^001 /);
      // An alternative must itself be clean of every forbidden phrase.
      for (const q of DEFAULT_FORBIDDEN_PHRASES) expect(p.alternative).not.toContain(q.phrase);
    }
    expect(DEFAULT_ALLOW_CONTEXTS.length).toBeGreaterThan(0);
  });

  it('refuses malformed data with PHRASE_PACK_INVALID', () => {
    expect(codeOf(() => parseForbiddenPhrases({ phrases: [{ id: 'x', phrase: '不知道' }] }))).toBe(
      'PHRASE_PACK_INVALID',
    );
    const bad = {
      id: 'x',
      phrase: 'y',
      alternative: 'z',
      severity: 'fatal',
      source: 's',
      alternativeSource: 's',
    };
    expect(codeOf(() => parseForbiddenPhrases({ phrases: [bad] }))).toBe('PHRASE_PACK_INVALID');
    expect(codeOf(() => parseForbiddenPhrases([]))).toBe('PHRASE_PACK_INVALID');
  });
});

describe('standard-phrase pack', () => {
  const byId = new Map(STANDARD_SITUATIONS.map((s) => [s.id, s]));
  const vars = {
    lineName: '农保',
    agentNo: '1024',
    surname: '张',
    title: '先生',
    hours: 24,
    branchName: '石家庄分公司',
    department: '理赔部',
    request: '尽快拿到赔款',
  };

  it('holds the phrases of seed 001 that were missing: greetings per line type, replies, restating', () => {
    const line = (id: string) => STANDARD_SITUATIONS.find((s) => s.id === id)!.steps[0]!;
    expect(fillTemplate(line('greetingSwitchboard').say, { ...vars, lineName: '人保财险' })).toBe(
      '你好，人保财险。',
    );
    expect(fillTemplate(line('greetingInternalDepartment').say, vars)).toBe('您好，理赔部。');
    expect(fillTemplate(line('greetingBranchServiceLine').say, { ...vars, lineName: '人保财险' })).toBe(
      '您好，人保财险石家庄分公司。',
    );
    const ack = line('acknowledge');
    expect([ack.say, ...(ack.or ?? [])]).toEqual(['我明白了。', '我清楚了。', '行。', '是的。', '好的。']);
    expect(line('noProblem').say).toBe('没关系。');
    expect(line('youAreWelcome').say).toBe('不用谢。');
    expect(fillTemplate(line('restateRequest').say, vars)).toBe('我复述一下您的诉求：尽快拿到赔款，对吗？');
    for (const id of ['greetingSwitchboard', 'acknowledge', 'restateRequest', 'noProblem'])
      expect(STANDARD_SITUATIONS.find((s) => s.id === id)!.source).toMatch(/^001 第二篇/);
  });

  it('covers the situations of seed 000 一(一)–(五) and a farewell', () => {
    for (const id of [
      'greeting',
      'addressByName',
      'silentCall',
      'cannotHear',
      'noise',
      'dialect',
      'askRepeat',
      'pleaseNote',
      'wrongNumber',
      'claimReport',
      'slowAnswer',
      'angryCustomer',
      'agentTooSlow',
      'attitudeComplaint',
      'complaintNoAnswerNow',
      'slowSystem',
      'equipmentFailure',
      'suggestion',
      'farewell',
    ]) {
      expect(byId.get(id)?.source, id).toBeTruthy();
    }
  });

  it('fills greeting, address and the complaint promise; silent call is three lines with 5-second waits', () => {
    expect(fillTemplate(byId.get('greeting')!.steps[0]!.say, vars)).toBe('您好，农保，1024号为您服务！');
    expect(fillTemplate(byId.get('addressByName')!.steps[0]!.say, vars)).toBe(
      '张先生，请问有什么可以帮助您？',
    );
    expect(fillTemplate(byId.get('complaintNoAnswerNow')!.steps[0]!.say, vars)).toContain(
      '在24小时之内给您明确的答复',
    );
    const silent = byId.get('silentCall')!.steps;
    expect(silent.map((s) => s.waitSeconds)).toEqual([5, 5, 5]);
    expect(silent.at(-1)?.after).toBe('hangUp');
  });

  it('every line fills with the documented variables and contains no forbidden phrase', () => {
    for (const s of STANDARD_SITUATIONS) {
      for (const step of s.steps) {
        for (const line of [step.say, ...(step.or ?? [])]) {
          const filled = fillTemplate(line, vars);
          for (const p of DEFAULT_FORBIDDEN_PHRASES) expect(filled, s.id).not.toContain(p.phrase);
        }
      }
    }
  });

  it('refuses a line that uses an undeclared variable', () => {
    const pack = {
      variables: {},
      situations: [{ id: 'a', title: 't', source: 's', steps: [{ say: '{x}' }] }],
    };
    expect(codeOf(() => parseStandardPhrases(pack))).toBe('PHRASE_PACK_INVALID');
  });
});
