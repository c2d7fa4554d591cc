import { seededRandom } from '../lib/random.ts';

/**
 * Deterministic, transcript-like Chinese text for the forbidden-phrase benchmark. Generated at bench time (nothing
 * large is committed): a seeded PRNG alternates agent and customer utterances built from the seeds' standard
 * phrases (000 §(一)–(五)) and typical claim-report talk, and now and then puts a forbidden phrase into an agent's
 * or customer's line, sometimes disguised (traditional characters, full width, separators) so the normalising
 * matcher has something to find that raw matching cannot.
 */

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const digits = (rnd: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

const SLOTS: Record<string, (rnd: () => number) => string> = {
  line: (r) => pick(r, ['农保', '人保财险', '理赔服务专线']),
  no: (r) => String(1000 + Math.floor(r() * 9000)),
  surname: (r) => pick(r, [...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高']),
  title: (r) => pick(r, ['先生', '女士', '小姐']),
  time: (r) =>
    pick(r, ['今天上午九点', '昨天晚上十点多', '刚才', '十一月二十日下午三点', '前天中午', '今天早上七点半']),
  place: (r) =>
    pick(r, [
      '京港澳高速',
      '人民路和解放路交叉口',
      '小区地下车库',
      '加油站门口',
      '学校附近',
      '南三环辅路',
      '公司停车场',
    ]),
  accident: (r) => pick(r, ['追尾', '剐蹭', '车辆自燃', '水淹', '玻璃破碎', '单方事故', '被盗抢']),
  plate: (r) => `${pick(r, [...'京津沪渝冀豫鲁苏浙粤川'])}${pick(r, [...'ABCDEFGH'])}${digits(r, 5)}`,
  policy: (r) => `PDAA2026${digits(r, 14)}`,
  caseNo: (r) => `BA${digits(r, 12)}`,
  hours: (r) => pick(r, ['24', '48', '72']),
  amount: (r) => String(500 + Math.floor(r() * 50000)),
};

const AGENT = [
  '您好，{line}，{no}号为您服务！',
  '请问有什么可以帮助您？',
  '{surname}{title}，请问有什么可以帮助您？',
  '请您提供保单号码、车牌号码和被保险人姓名。',
  '请您告诉我出险的时间和地点。',
  '请问您车出险的经过是怎样的？',
  '请您保护好现场，我们理赔人员马上会与您联系。',
  '好的，我明白了，您是说{time}在{place}发生了{accident}，对吗？',
  '对不起，电脑正在查询中，请您稍等片刻，好吗？',
  '您的报案号是{caseNo}，麻烦您记录一下，好吗？',
  '{surname}{title}，您的车牌号是{plate}，对吗？',
  '很抱歉，多谢您反映的意见，我们会在{hours}小时之内给您明确的答复，好吗？',
  '对不起，刚才因为线路忙，让您久等了！',
  '请问还有什么可以帮助您？感谢您的来电，再见！',
  '您的保单在保险期间内，这次损失属于保险责任范围。',
  '理赔材料需要身份证、驾驶证、行驶证和维修发票，材料齐全后三个工作日内提交。',
  '我这边已经帮您登记好了，稍后查勘员会和您联系，请保持电话畅通。',
  '估损金额大约是{amount}元，最终以定损结果为准。',
  '对不起，请您大声一点，好吗？',
  '谢谢您提出的宝贵建议，我们将及时反馈给公司相关负责人员。',
  '如有不清楚的地方，您可以随时拨打我们的服务专线。',
  '这个问题我需要核实一下，核实清楚后马上给您回电。',
];

const CUSTOMER = [
  '你好，我要报案。',
  '我的车在{place}被追尾了，对方全责。',
  '{time}的时候，我在{place}倒车撞到了护栏。',
  '我的保单号是{policy}。',
  '车牌号是{plate}，车是去年买的。',
  '交警已经来过了，事故认定书还没出来。',
  '我也不知道怎么回事，车突然就熄火了。',
  '什么时候能赔下来？我等着用车呢。',
  '你们的电话太难打了，我已经等了半个小时了。',
  '需要我提供什么材料？我现在在外地。',
  '现场有人受伤，已经送到医院了。',
  '我这边信号不太好，你能大声一点吗？',
  '好的，谢谢你，那我等你们电话。',
  '那我现在应该怎么办？车还在路上停着。',
  '维修厂说要三天才能修好，费用大概{amount}块钱。',
  '上次报案的那个事情，到现在还没有人联系我。',
  '我对你们的处理结果不太满意，我要投诉。',
];

/** Disguises a phrase the way people type it around a filter (see packages/domain/src/scripts/normalize.ts). */
export type Disguise = (phrase: string, rnd: () => number) => string;

export type TranscriptOptions = {
  seed: number;
  /** Stop after at least this many UTF-8 bytes. */
  minBytes: number;
  /** Phrases to plant, and the chance that a line carries one. */
  phrases: readonly string[];
  plantRate: number;
  /** Chance that a planted phrase is disguised (invisible to raw matching) and how. */
  disguiseRate: number;
  disguise: Disguise;
};

const fill = (template: string, rnd: () => number) =>
  template.replace(/\{(\w+)\}/g, (_m, name: string) => SLOTS[name]?.(rnd) ?? '');

/** One utterance: a standard line, maybe with a phrase put at a random character boundary. */
const utterance = (rnd: () => number, agent: boolean, o: TranscriptOptions): string => {
  let line = fill(pick(rnd, agent ? AGENT : CUSTOMER), rnd);
  if (rnd() < o.plantRate) {
    let phrase = pick(rnd, o.phrases);
    if (rnd() < o.disguiseRate) phrase = o.disguise(phrase, rnd);
    const at = Math.floor(rnd() * line.length);
    line = `${line.slice(0, at)}${phrase}，${line.slice(at)}`;
  }
  return `${agent ? '坐席' : '客户'}：${line}\n`;
};

/** Makes the text; about 2.9 UTF-8 bytes per character for this mix. */
export const generateTranscripts = (o: TranscriptOptions): string => {
  const rnd = seededRandom(o.seed);
  const parts: string[] = [];
  let bytes = 0;
  let agent = true;
  while (bytes < o.minBytes) {
    const u = utterance(rnd, agent, o);
    parts.push(u);
    bytes += Buffer.byteLength(u, 'utf8');
    agent = !agent;
  }
  return parts.join('');
};

/** Utterances of exactly `length` UTF-16 units cut from the text at line starts, for latency sampling. */
export const sampleUtterances = (text: string, count: number, length: number, seed: number): string[] => {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const from = text.indexOf('\n', Math.floor(rnd() * (text.length - 10 * length))) + 1;
    return text.slice(from, from + length);
  });
};
