/**
 * Two-character surnames (复姓) common enough that taking the first character of the name would be wrong; the
 * surname address check (seed 000 一(一)2: 某先生/小姐) needs 欧阳先生, not 欧先生.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '夏侯',
  '令狐',
  '宇文',
  '司徒',
  '申屠',
  '独孤',
  '端木',
  '南宫',
  '西门',
  '呼延',
]);

/** The surname of a Chinese personal name; null for an empty name. */
export const surnameOf = (name: string): string | null => {
  const chars = Array.from(name.replace(/\s+/g, ''));
  if (chars.length === 0) return null;
  const two = chars.slice(0, 2).join('');
  return chars.length > 2 && COMPOUND_SURNAMES.has(two) ? two : chars[0]!;
};

/**
 * The surname a customer gives during the call (seed 000 一(一)2 "当已经了解了客户的姓名的时候"): 我姓王 / 免贵姓欧阳 /
 * 姓李, or 我叫王小明. 姓名 (as in 被保险人姓名) is not a surname. The first customer turn that gives one wins.
 */
export const surnameHeard = (
  turns: readonly { speaker: string; text: string }[],
): { surname: string; turn: number } | null => {
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.speaker !== 'customer') continue;
    const text = t.text.replace(/\s+/g, '');
    for (const m of text.matchAll(/姓([\u4e00-\u9fff]{1,2})/g)) {
      const two = m[1]!;
      if (two[0] === '名') continue;
      return { surname: COMPOUND_SURNAMES.has(two) ? two : two[0]!, turn: i };
    }
    const named = /我叫([\u4e00-\u9fff]{2,4})/.exec(text);
    if (named) return { surname: surnameOf(named[1]!)!, turn: i };
  }
  return null;
};
