import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContract } from './api-contract.ts';

// Writes docs/API.md, docs/openapi.json and the console's generated API types (`npm run gen:api`).
const root = path.resolve(import.meta.dirname, '..');
for (const [file, text] of Object.entries(await generateContract())) {
  writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
