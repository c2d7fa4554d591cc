import { toMarkdown } from './docs.ts';
import type { AnyMachine } from './machine.ts';

const HEADER = [
  '# Workflows',
  '',
  'Generated from the transition tables by `npm run gen:workflows`; `npm run check` fails when this file is stale.',
  'Every state machine of the product runs on one kernel (`packages/domain/src/workflow`): the first row leaving a',
  'state on an event whose guards all pass wins; with no such row the move is refused with the first failing',
  "guard's code (or the machine's not-allowed code). The server's move runner (`packages/server/src/workflow`)",
  'locks the object, checks its version, asks the table, runs the effects, saves, and writes one timeline event and',
  'one audit row in the same transaction. Guards of kind `actor` say who may move; `input` guards check what the',
  'person types or picks (the console asks for it; the offered moves assume it); `state` guards read the object.',
  '',
];

const anchor = (m: AnyMachine) => m.title.en.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The whole document for a list of machines, in the order given. */
export const workflowsDocument = (machines: readonly AnyMachine[]): string =>
  [
    ...HEADER,
    ...machines.map((m) => `- [${m.title.en} (${m.title.zh})](#${anchor(m)})`),
    '',
    ...machines.flatMap((m) => [`<a id="${anchor(m)}"></a>`, '', toMarkdown(m)]),
  ].join('\n');
