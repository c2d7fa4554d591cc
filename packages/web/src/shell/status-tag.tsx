import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../api/types.ts';

const COLORS: Record<CaseStatus, string> = {
  new: 'blue',
  answered: 'cyan',
  inProgress: 'gold',
  resolved: 'green',
  closed: 'default',
};

export const StatusTag = ({ status }: { status: CaseStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="case-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
};
