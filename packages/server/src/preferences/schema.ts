import { z } from 'zod';
import { answers, named } from '../http/answers.ts';

/** The lists whose columns a person may hide (the console's column chooser); a key names a column, never data. */
export const COLUMN_LISTS = ['cases', 'calls', 'complaint-board'] as const;
export type ColumnList = (typeof COLUMN_LISTS)[number];

/** A column key as the console's tables name them: letters, digits and dashes. */
const columnKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/);
// A list has far fewer columns than this; the bound keeps a stored choice small.
const MAX_HIDDEN_COLUMNS = 40;

export const columnsBody = z.object({
  list: z.enum(COLUMN_LISTS),
  hidden: z.array(columnKey).max(MAX_HIDDEN_COLUMNS),
});

export const preferencesAnswer = named(
  'Preferences',
  z.object({
    /** Per list, the column keys the person hides; a list never chosen is absent (the list's defaults apply). */
    columns: z.record(z.string(), z.array(z.string())),
  }),
);
export const preferencesResponse = answers({ 200: preferencesAnswer });
