import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateContract } from './api-contract.ts';

// `npm run check` fails when a generated file no longer matches the route schemas: regenerates in memory and
// compares byte for byte, so a schema change without `npm run gen:api` cannot be committed unnoticed.
const root = path.resolve(import.meta.dirname, '..');
const stale: string[] = [];
for (const [file, text] of Object.entries(await generateContract())) {
  let current: string | null = null;
  try {
    current = readFileSync(path.join(root, file), 'utf8');
  } catch {
    current = null;
  }
  if (current !== text) stale.push(file);
}
if (stale.length > 0) {
  console.error(`Stale generated files (run \`npm run gen:api\` and commit them):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('Generated API files are up to date.');
