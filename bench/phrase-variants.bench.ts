import { readFileSync } from 'node:fs';
import { compileMatcher, DEFAULT_ALLOW_CONTEXTS, DEFAULT_FORBIDDEN_PHRASES } from '@claimline/domain/scripts';
import { type BenchResult, judge } from './lib/types.ts';

/**
 * The guard with phrase variants (issue 15 part 3) against the exact matcher alone on the same list: what the
 * variant layer (cores with bounded gaps, run as regular expressions over the normalised text) costs per sentence
 * an agent types and per call transcript. Sentences: the ordinary corpus of the false-positive measurement.
 */
const ROUNDS = 5;
const TRANSCRIPT_CHARS = 20_000;

export default async function run(): Promise<BenchResult[]> {
  const corpus = readFileSync(
    new URL('../packages/domain/src/scripts/corpus/ordinary.zh-CN.txt', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((l) => l.trim() !== '');
  const allow = { allowContexts: DEFAULT_ALLOW_CONTEXTS.map((a) => a.context) };
  const withVariants = compileMatcher(DEFAULT_FORBIDDEN_PHRASES, allow);
  const exact = compileMatcher(
    DEFAULT_FORBIDDEN_PHRASES.map((p) => ({ id: p.id, phrase: p.phrase })),
    allow,
  );
  let transcript = '';
  for (let i = 0; transcript.length < TRANSCRIPT_CHARS; i++) transcript += corpus[i % corpus.length];

  const perSecond = (f: (s: string) => unknown, inputs: readonly string[], repeat: number) => {
    let best = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = performance.now();
      for (let k = 0; k < repeat; k++) for (const s of inputs) f(s);
      best = Math.max(best, (inputs.length * repeat) / ((performance.now() - t0) / 1000));
    }
    return best;
  };
  const sentencesVariants = perSecond((s) => withVariants.find(s), corpus, 40);
  const sentencesExact = perSecond((s) => exact.find(s), corpus, 40);
  const transcriptsVariants = perSecond((s) => withVariants.find(s), [transcript], 20);
  const transcriptsExact = perSecond((s) => exact.find(s), [transcript], 20);
  process.stdout.write(
    `  phrase variants: ${corpus.length} sentences, ${transcript.length}-char transcript; ` +
      `${DEFAULT_FORBIDDEN_PHRASES.reduce((n, p) => n + (p.variants?.length ?? 0), 0)} variants\n`,
  );
  return [
    judge({
      name: 'guard with variants, typed sentences',
      unit: 'sentences/s',
      value: sentencesVariants,
      baselineName: 'exact phrases only',
      baselineValue: sentencesExact,
    }),
    judge({
      name: 'guard with variants, 20k-char transcripts',
      unit: 'transcripts/s',
      value: transcriptsVariants,
      baselineName: 'exact phrases only',
      baselineValue: transcriptsExact,
    }),
  ];
}
