import { seededRandom } from '../lib/random.ts';

/**
 * Plausible extra forbidden phrases for the benchmark, so the phrase set is the size a real QA team ends up with
 * (the seeds list 11; production lists run to hundreds). Built from a subject and a rude core; many start with
 * 你/我/这/那, which are among the commonest characters in conversation: the hardest case for a first-character
 * filter. Deterministic for a given seed.
 */
const SUBJECTS = ['', '你', '你们', '我', '我们', '这个', '那个', '这事', '反正'];
const CORES = [
  '自己去查',
  '自己看着办',
  '爱找谁找谁',
  '别来烦我',
  '听不懂吗',
  '说了你也不懂',
  '跟我说没用',
  '不归我们管',
  '没时间跟你说',
  '有本事去告',
  '问别人去',
  '快下班了',
  '系统就这样',
  '规定就是这样',
  '等着吧',
  '急什么',
  '没办法赔',
  '赔不了',
  '不是我的事',
  '跟我没关系',
  '别问我',
  '烦不烦',
  '早干嘛去了',
  '不懂就别买',
  '有完没完',
  '不满意就去投诉',
  '随便你',
  '管不了',
  '不是我负责的',
  '能不能快点',
  '怎么这么啰嗦',
  '不会看吗',
  '已经说过了',
  '问我我问谁',
  '想怎么办',
  '没法弄',
];

export const generatePlausiblePhrases = (count: number, seed: number): string[] => {
  const all = [...new Set(SUBJECTS.flatMap((s) => CORES.map((c) => s + c)))];
  const rnd = seededRandom(seed);
  // Fisher–Yates with the seeded PRNG, then the first `count`.
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  if (all.length < count) throw new Error(`only ${all.length} plausible phrases, ${count} asked`);
  return all.slice(0, count);
};

/** Traditional forms of characters in the phrases, for disguises (a small table is enough to make text). */
const TRADITIONAL: Record<string, string> = {
  这: '這',
  个: '個',
  们: '們',
  归: '歸',
  说: '說',
  时: '時',
  间: '間',
  别: '別',
  规: '規',
  赔: '賠',
  满: '滿',
  诉: '訴',
  负: '負',
  责: '責',
  会: '會',
  问: '問',
  没: '沒',
  导: '導',
  决: '決',
  总: '總',
  监: '監',
  院: '院',
  么: '麼',
  办: '辦',
  该: '該',
  楚: '楚',
};

/** Traditional characters, full-width letters, or separators between characters; picked at random. */
export const disguisePhrase = (phrase: string, rnd: () => number): string => {
  const chars = Array.from(phrase);
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return chars.map((c) => TRADITIONAL[c] ?? c).join('');
  if (kind === 1) return `${chars.join(['', ' ', '-', '·'][Math.floor(rnd() * 4)]!)} `;
  const at = Math.floor(rnd() * chars.length);
  chars.splice(at, 0, ['，', '～', '　', '*'][Math.floor(rnd() * 4)]!);
  return chars.join('');
};
