import type { Permission } from '@claimline/domain/access';
import type { Label } from '@claimline/domain/core';
import type { z } from 'zod';
import type { Deps, RequestCtx } from '../http/context.ts';

export type ExportLang = 'zh' | 'en';

/** A cell as the writers take it: text or a number; dates are already Beijing-time text (see beijingTime). */
export type Cell = string | number | null;

/** One column: its header in both languages and how a row becomes the cell (labels, never codes). */
export type ExportColumn<R> = Label & { width?: number; value: (row: R, lang: ExportLang) => Cell };

/**
 * One exportable list. A new list is one of these: the same zod query its list route takes, the permission that
 * route declares, its columns, and a keyset-paged row source (the list's own repository filter) — the machinery
 * in run.ts pages through it, so no export ever holds the whole result.
 */
export type ExportList<Q, R> = {
  name: string;
  title: Label;
  access: Permission;
  /** The list route's own query schema (its filters; paging and sort are ignored by an export). */
  query: z.ZodObject;
  columns: readonly ExportColumn<R>[];
  /**
   * Refusals the list's route would give (a scope the caller may not read, a malformed period), checked before the
   * file starts: once the first bytes are out, an error can only cut the download short.
   */
  check?: (deps: Deps, ctx: RequestCtx, q: Q) => Promise<void>;
  /** How many rows the export will write (for the progress bar); an estimate is enough. */
  count: (deps: Deps, ctx: RequestCtx, q: Q) => Promise<number>;
  /** The next page after `after` (null: the first), in a stable order; fewer than `limit` rows means the end. */
  page: (deps: Deps, ctx: RequestCtx, q: Q, after: R | null, limit: number) => Promise<R[]>;
};

// The registry is heterogeneous; the machinery only passes a list's own rows back to its own columns.
// biome-ignore lint/suspicious/noExplicitAny: each list is typed where it is declared
export type AnyExportList = ExportList<any, any>;

export const defineExport = <Q, R>(list: ExportList<Q, R>): ExportList<Q, R> => list;

/** Beijing time (UTC+8, no daylight saving) as 'YYYY-MM-DD HH:mm:ss': what staff read in the console too. */
export const beijingTime = (d: Date | string | null | undefined): string | null => {
  if (d == null) return null;
  const t = typeof d === 'string' ? new Date(d) : d;
  return new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
};

/** A code's words from a label table; an unknown code gets its raw value rather than an empty cell. */
export const labelIn = (table: Readonly<Record<string, Label>>, code: string | null, lang: ExportLang) =>
  code == null ? null : (table[code]?.[lang] ?? code);

export const yesNo = (v: boolean | null, lang: ExportLang) =>
  v == null ? null : v ? (lang === 'zh' ? '是' : 'Yes') : lang === 'zh' ? '否' : 'No';
