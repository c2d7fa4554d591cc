import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startClaimline } from '@claimline/server';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds the console, then starts the whole system (API + console on one port) with demo data on a fresh
 * embedded PostgreSQL in a temporary directory. Tests get the address through `inject('baseUrl')`.
 */
export default async function setup(project: TestProject) {
  await build({ configFile: path.join(repoRoot, 'packages/web/vite.config.ts'), logLevel: 'warn' });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'claimline-e2e-'));
  // Its own PostgreSQL port, so a developer's running instance (default port) does not collide.
  const server = await startClaimline({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    pgPort: 0,
    demo: true,
    seed: true,
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
