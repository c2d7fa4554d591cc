/** Display masking (JR/T 0171-2020): enough to recognise, not enough to misuse. */
export const normalizePhone = (phone: string) => phone.replace(/[\s-]/g, '');

export const maskPhone = (phone: string) => {
  const p = normalizePhone(phone);
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  if (p.length > 4) return `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
  return '*'.repeat(p.length);
};

/** Keeps the surname's first character: 张三 → 张*, 欧阳娜娜 → 欧***. */
export const maskName = (name: string) => {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
};
