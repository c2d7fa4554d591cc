import type { Permission, Role } from '@claimline/domain/access';
import type { Clock } from '@claimline/domain/core';
import type { Settings } from '../config.ts';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Db } from '../db/database.ts';

export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  branchId: string;
  branchCode: string;
  branchName: string;
  branchPath: string;
  permissions: readonly Permission[];
  mustChangePassword: boolean;
  /** Ids of the actor's branch and every branch below it: the data scope of every query. */
  scope: string[];
  sessionHash: string;
};

/** What every service call is given: nothing global, so tests can hand in a frozen clock. */
export type Deps = {
  db: Db;
  settings: Settings;
  clock: Clock;
  crypto: FieldCrypto;
};

export type RequestCtx = { actor: Actor; requestId: string; ip: string; clock: Clock };

/** A route's declared access: a permission, or one of the two explicit non-permission levels. */
export type RouteAccess = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
