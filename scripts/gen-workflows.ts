import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MACHINES } from '@claimline/domain/machines';
import { workflowsDocument } from '@claimline/domain/workflow';

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'WORKFLOWS.md');
const text = `${workflowsDocument(MACHINES)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('docs/WORKFLOWS.md is stale: run `npm run gen:workflows` and commit the result.');
    process.exit(1);
  }
  console.log('docs/WORKFLOWS.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`docs/WORKFLOWS.md: ${MACHINES.length} machines`);
}
