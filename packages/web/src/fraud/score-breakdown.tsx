import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';

type Hit = {
  code: string;
  label: { zh: string; en: string };
  weight: number;
  reason: { zh: string; en: string };
};

/** The score explained: each signal that fired, its weight and its reason (labels only, never codes). */
export const ScoreBreakdown = ({ score, hits }: { score: number; hits: readonly Hit[] }) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  return (
    <Table<Hit>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={[...hits]}
      {...testId('fraud-breakdown')}
      columns={[
        { title: t('fraud.signal'), render: (_, h) => words(h.label) },
        { title: t('fraud.weight'), dataIndex: 'weight', render: (v: number) => <Tag>+{v}</Tag> },
        { title: t('fraud.reason'), render: (_, h) => words(h.reason) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('fraud.score')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1}>
            <strong data-testid="fraud-score">{score}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
        </Table.Summary.Row>
      )}
    />
  );
};
