import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * `npm run test:e2e`: the browser tests need Debian's Chromium. Without it a developer gets a loud warning
 * and a pass (nothing to run), while CI fails, so a machine that lost its browser never looks green.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium} (install Debian's "chromium" package or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(`e2e: FAILED: ${message}`);
    process.exit(1);
  }
  const bar = '!'.repeat(78);
  console.warn(`${bar}\n!! e2e SKIPPED: ${message}\n!! The browser tests did not run.\n${bar}`);
  process.exit(0);
}

const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
if (result.error) {
  console.error(`e2e: could not start vitest: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
