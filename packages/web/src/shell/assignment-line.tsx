import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The person a move handed the record to, as the move recorded it (`toName`): an assignment or a hand-over. */
const toNameOf = (data: unknown): string | null => {
  if (typeof data !== 'object' || data === null || !('toName' in data)) return null;
  return typeof data.toName === 'string' && data.toName.length > 0 ? data.toName : null;
};

/** The events that hand the record to someone: a complaint's assignment, a hand-over asked for or taken. */
const HANDED_BY = ['assign', 'transferRequested', 'transferAccepted'];

/** On a timeline event that handed the record to someone, names them (issue #21 part 3); nothing otherwise. */
export const AssignmentLine = ({ type, data }: { type: string; data: unknown }) => {
  const { t } = useTranslation();
  const name = HANDED_BY.includes(type) ? toNameOf(data) : null;
  if (!name) return null;
  return (
    <Typography.Text data-testid="timeline-assignee">
      {' '}
      · {t(type === 'assign' ? 'nextStep.assignedTo' : 'nextStep.transferredTo', { name })}
    </Typography.Text>
  );
};
