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
