import { compileMatcher, fillTemplate, type PhraseMatcher } from '@claimline/domain/scripts';
import { useCallback, useMemo } from 'react';
import { useDesk } from './api.ts';

export type GuardHit = { phraseId: string; phrase: string; start: number; end: number; alternative: string };

/**
 * The browser half of the guard (issue #5 part 3): the forbidden list in force, compiled once per version with
 * the same matcher the server uses, so each keystroke is checked locally in microseconds.
 */
export const useGuard = () => {
  const desk = useDesk();
  const data = desk.data;
  const compiled = useMemo(() => {
    if (!data) return null;
    const { phrases, allowContexts } = data.forbidden.data;
    const matcher: PhraseMatcher = compileMatcher(phrases, {
      allowContexts: allowContexts.map((a) => a.context),
    });
    const vars = { hours: data.settings.complaintReplyHours, lineName: data.settings.lineName };
    const byId = new Map(
      phrases.map((p) => {
        let alternative = p.alternative;
        try {
          alternative = fillTemplate(p.alternative, vars);
        } catch {
          // shown as written when a variable cannot be filled
        }
        return [p.id, { phrase: p.phrase, alternative }];
      }),
    );
    return { matcher, byId };
  }, [data]);
  const check = useCallback(
    (text: string): GuardHit[] =>
      compiled ? compiled.matcher.find(text).map((h) => ({ ...h, ...compiled.byId.get(h.phraseId)! })) : [],
    [compiled],
  );
  return { check, ready: compiled !== null };
};
