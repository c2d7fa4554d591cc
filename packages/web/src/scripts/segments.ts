/** Splits a text into plain and hit segments for highlighting (overlapping hits are merged). */
export const segments = (text: string, hits: readonly { start: number; end: number }[]) => {
  const out: { text: string; hit: boolean }[] = [];
  let pos = 0;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    let { start, end } = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1]!.start < end) end = Math.max(end, sorted[++i]!.end);
    start = Math.max(start, pos);
    if (start > pos) out.push({ text: text.slice(pos, start), hit: false });
    if (end > start) out.push({ text: text.slice(start, end), hit: true });
    pos = Math.max(pos, end);
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hit: false });
  return out;
};
