import { DEFAULT_QA_CONFIG, parseQaConfig, type QaConfig } from '@claimline/domain/qa';
import {
  compileMatcher,
  DEFAULT_FORBIDDEN_PACK,
  DEFAULT_STANDARD_PACK,
  type ForbiddenPack,
  type PhraseMatcher,
  parseForbiddenPhrases,
  parseStandardPack,
  type StandardPack,
} from '@claimline/domain/scripts';
import type { Db, Tx } from '../db/database.ts';
import type { PackKind } from './repository.ts';
import * as repo from './repository.ts';

export type PackData = { forbidden: ForbiddenPack; standard: StandardPack; qa: QaConfig };

/** Version 0 of each kind: the pack shipped in the domain package, in force until a manager saves one. */
const DEFAULTS: PackData = {
  forbidden: DEFAULT_FORBIDDEN_PACK,
  standard: DEFAULT_STANDARD_PACK,
  qa: DEFAULT_QA_CONFIG,
};

/**
 * Validates a pack before it is saved, with the same parsers that load the defaults. A forbidden list is also
 * compiled, so a duplicate id or an allow-context that contains no phrase is refused now, not at the next check.
 */
export const PARSERS: { [K in PackKind]: (data: unknown) => PackData[K] } = {
  forbidden: (data) => {
    const pack = parseForbiddenPhrases(data);
    compileMatcher(pack.phrases, { allowContexts: pack.allowContexts.map((a) => a.context) });
    return pack;
  },
  standard: parseStandardPack,
  qa: parseQaConfig,
};

export type Pack<K extends PackKind> = { kind: K; version: number; data: PackData[K] };

export const loadPack = async <K extends PackKind>(
  db: Db | Tx,
  kind: K,
  version?: number,
): Promise<Pack<K>> => {
  const v = version ?? (await repo.latestVersion(db, kind));
  if (v === 0) return { kind, version: 0, data: DEFAULTS[kind] };
  const row = await repo.findPack(db, kind, v);
  // Saved packs were validated on save; parsing again keeps the types honest and catches a hand-edited row.
  return { kind, version: v, data: row ? PARSERS[kind](row.data) : DEFAULTS[kind] };
};

type CompiledList = { version: number; pack: ForbiddenPack; matcher: PhraseMatcher };
// One compiled matcher per database and version, so every API node recompiles once after a manager's save.
const compiled = new WeakMap<object, CompiledList>();

export const forbiddenList = async (db: Db, q: Db | Tx = db): Promise<CompiledList> => {
  const version = await repo.latestVersion(q, 'forbidden');
  const hit = compiled.get(db);
  if (hit && hit.version === version) return hit;
  const { data } = await loadPack(q, 'forbidden', version);
  const entry = {
    version,
    pack: data,
    matcher: compileMatcher(data.phrases, { allowContexts: data.allowContexts.map((a) => a.context) }),
  };
  compiled.set(db, entry);
  return entry;
};
