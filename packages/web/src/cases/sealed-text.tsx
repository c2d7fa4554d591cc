import { hasPermission, useMe } from '../api/auth.ts';
import { RevealField } from '../shell/reveal-field.tsx';

type Props = {
  caseId: string;
  field: string;
  eventId?: string;
  rowId?: string;
  sealed: boolean;
  text: string;
};

/**
 * A free text as the server sends it: masked when an ID or phone number was typed into it (issue #18 part 6),
 * then with the reveal affordance for those who hold `personal.reveal`; otherwise the text as typed.
 */
export const SealedText = ({ caseId, field, eventId, rowId, sealed, text }: Props) => {
  const { data: me } = useMe();
  if (!sealed) return <>{text}</>;
  return (
    <RevealField
      caseId={caseId}
      field={field}
      {...(eventId ? { eventId } : {})}
      {...(rowId ? { rowId } : {})}
      masked={text}
      canReveal={hasPermission(me, 'personal.reveal')}
    />
  );
};
