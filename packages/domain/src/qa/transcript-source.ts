import { DomainError } from '../core/index.ts';

/**
 * Who may add a transcript version (issue #17 part 7: nobody edits the record that judges them).
 * - `cti`: the recording/CTI integration account (`cti.feed`);
 * - `reviewer`: a QA reviewer (`qa.review`) correcting it, with a reason;
 * - `simulator`: the demo simulator, which plays the PBX for a call it creates itself (never through the route);
 * - `api` / `upload`: version 1 of a transcript stored before versioning (migration 0017), by whoever posted it.
 */
export const TRANSCRIPT_SOURCES = ['cti', 'reviewer', 'simulator', 'api', 'upload'] as const;
export type TranscriptSource = (typeof TRANSCRIPT_SOURCES)[number];

export type TranscriptAuthor = {
  /** The caller is the agent who took the call. */
  ownCall: boolean;
  cti: boolean;
  reviewer: boolean;
  /** Trimmed reason, '' when none was given. */
  reason: string;
};

/**
 * Decides the source of a new version, or refuses. The call's own agent is refused first, whatever they hold
 * (a team lead taking calls has `qa.review`). A reason makes a reviewer's correction; without one an account
 * with `cti.feed` is the feed; a reviewer without a reason is told to give one.
 */
export const transcriptSourceOf = (a: TranscriptAuthor): 'cti' | 'reviewer' => {
  if (a.ownCall) throw new DomainError('TRANSCRIPT_OWN_CALL');
  if (a.reviewer && a.reason !== '') return 'reviewer';
  if (a.cti) return 'cti';
  if (a.reviewer) throw new DomainError('TRANSCRIPT_REASON_REQUIRED');
  throw new DomainError('TRANSCRIPT_SOURCE_FORBIDDEN');
};
