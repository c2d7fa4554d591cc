import { useTranslation } from 'react-i18next';
import { useReveal } from '../api/cases.ts';
import { RevealPrompt } from './reveal-prompt.tsx';

/** How the full value is fetched: the case's reveal by default; another object's reveal (a question) otherwise. */
export type RevealMutation = {
  isPending: boolean;
  mutate: (
    input: { field: string; eventId?: string; rowId?: string; reason: string },
    handlers: { onSuccess: (r: { value: string | null }) => void; onError: (e: Error) => void },
  ) => void;
};

type Props = {
  caseId: string;
  via?: RevealMutation | undefined;
  /** A customer field, or a sealed free text as `table.column` (an ID or phone number typed into it). */
  field: string;
  /** For a timeline note: the event it belongs to. */
  eventId?: string;
  /** For an approval's or survey task's note: its row (issue #18 part 6). */
  rowId?: string;
  masked: string;
  canReveal: boolean;
};

const maskedTestId = (field: string, rowOrEvent?: string) =>
  field === 'customerPhone'
    ? 'case-phone'
    : field === 'customerName'
      ? 'case-customer-name'
      : `sealed-${field}${rowOrEvent ? `-${rowOrEvent}` : ''}`;

/** Shows the masked value; with `personal.reveal`, the full value after a reason (the server audits it). */
export const RevealField = ({ caseId, via, field, eventId, rowId, masked, canReveal }: Props) => {
  const { t } = useTranslation();
  const caseReveal = useReveal(caseId);
  const reveal: RevealMutation = via ?? caseReveal;
  return (
    <RevealPrompt
      masked={masked}
      canReveal={canReveal}
      words={{
        button: t('detail.reveal'),
        hint: t('detail.revealHint'),
        reasonLabel: t('detail.revealReason'),
        reasonRequired: t('detail.revealReasonRequired'),
        reasonMin: 4,
        reasonMax: 500,
      }}
      reveal={{
        isPending: reveal.isPending,
        send: (reason, done, failed) =>
          reveal.mutate(
            { field, ...(eventId ? { eventId } : {}), ...(rowId ? { rowId } : {}), reason },
            { onSuccess: (r) => done(r.value), onError: failed },
          ),
      }}
      testIds={{
        masked: maskedTestId(field, eventId ?? rowId),
        revealed: `revealed-${field}`,
        button: `reveal-${field}`,
      }}
      // A free text keeps its line breaks.
      style={{ whiteSpace: 'pre-wrap' }}
    />
  );
};
