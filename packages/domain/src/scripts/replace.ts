/**
 * The guard's one-click replacement (issue 15 part 3). Replacing only the matched characters left broken
 * sentences ("你自己看着办吧" → "…好吗？着办吧"), so the replacement takes the whole clause the hit stands in: from
 * the clause boundary before it to the one after it. When the standard alternative ends a sentence itself
 * (。！？), the punctuation that closed the old clause is dropped so no "？。" pair is left.
 */

/** Characters that end a clause. */
export const CLAUSE_BOUNDARY = '，,。！!？?；;\n\r';
const SENTENCE_END = /[。！？!?.]$/;

export type Replacement = {
  text: string;
  /** Where the alternative now stands in `text` (UTF-16 indices). */
  start: number;
  end: number;
};

/** The clause around [start, end): boundary to boundary, leading blanks left where they were. */
export const clauseAround = (text: string, start: number, end: number): { start: number; end: number } => {
  let s = Math.max(0, Math.min(start, text.length));
  while (s > 0 && !CLAUSE_BOUNDARY.includes(text[s - 1]!)) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = Math.max(s, Math.min(end, text.length));
  while (e < text.length && !CLAUSE_BOUNDARY.includes(text[e]!)) e++;
  return { start: s, end: e };
};

/** Replaces the clause holding the hit [start, end) with the alternative. */
export const replaceClause = (text: string, start: number, end: number, alternative: string): Replacement => {
  const clause = clauseAround(text, start, end);
  const alt = alternative.trim();
  let after = clause.end;
  const closing = text[after];
  // The alternative's own 。！？ ends the sentence; the old clause's comma or full stop would double it.
  if (closing !== undefined && closing !== '\n' && closing !== '\r' && SENTENCE_END.test(alt)) after++;
  const before = text.slice(0, clause.start);
  return {
    text: `${before}${alt}${text.slice(after)}`,
    start: before.length,
    end: before.length + alt.length,
  };
};
