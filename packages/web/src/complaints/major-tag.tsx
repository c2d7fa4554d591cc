import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

const REASONS = ['disaster', 'groupFaceToFace', 'regulatorDesignated'] as const;

/** 重大投诉 (办法 2020 art. 29), with why on hover; nothing for an ordinary complaint. */
export const MajorTag = ({ reasons }: { reasons: readonly string[] }) => {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  const why = reasons
    .map((r) =>
      (REASONS as readonly string[]).includes(r) ? t(`complaints.major.reasons.${r as 'disaster'}`) : r,
    )
    .join('；');
  return (
    <Tooltip title={why}>
      <Tag color="red" data-testid="complaint-major" data-reasons={reasons.join(',')}>
        {t('complaints.major.tag')}
      </Tag>
    </Tooltip>
  );
};
