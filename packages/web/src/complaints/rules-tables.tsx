import { APPROVAL_LEVELS, COMPLEXITIES, HANDLER_ROLES, URGENCIES } from '@claimline/domain/complaints';
import { Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { YUAN_NUMBER_PROPS } from '../shell/money-input.tsx';

/** The "changed" mark beside a value that differs from the rules in force. */
export const Changed = ({ on, id }: { on: boolean; id: string }) => {
  const { t } = useTranslation();
  return on ? (
    <Tag color="orange" data-testid={`changed-${id}`}>
      {t('complaintRules.changed')}
    </Tag>
  ) : null;
};

/** The 3 × 3 grid: a select per urgency × complexity. */
export const Matrix = ({ changed }: { changed: Set<string> }) => {
  const { t } = useTranslation();
  const rows = URGENCIES.map((u) => ({ key: u, urgency: u }));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="complaint-matrix"
      columns={[
        {
          title: t('complaintRules.matrixCorner'),
          dataIndex: 'urgency',
          render: (u: string) => t(`complaints.urgency.${u}` as 'complaints.urgency.normal'),
        },
        ...COMPLEXITIES.map((c) => ({
          title: t(`complaints.complexity.${c}`),
          key: c,
          render: (_: unknown, r: { urgency: string }) => (
            <Space align="start">
              <Form.Item name={['rules', 'matrix', r.urgency, c, 'handlerRole']} style={{ marginBottom: 0 }}>
                <Select
                  style={{ width: 130 }}
                  aria-label={`${t(`complaints.urgency.${r.urgency}` as 'complaints.urgency.normal')} × ${t(`complaints.complexity.${c}`)}`}
                  data-testid={`matrix-${r.urgency}-${c}`}
                  options={HANDLER_ROLES.map((h) => ({
                    value: h,
                    label: (
                      <span data-testid={`matrix-option-${r.urgency}-${c}-${h}`}>
                        {t(`complaints.handlerRole.${h}`)}
                      </span>
                    ),
                  }))}
                />
              </Form.Item>
              <Changed on={changed.has(`matrix.${r.urgency}.${c}`)} id={`matrix.${r.urgency}.${c}`} />
            </Space>
          ),
        })),
      ]}
    />
  );
};

/** The four levels, fixed in order; an empty amount is no limit. */
export const Authority = ({ changed }: { changed: Set<string> }) => {
  const { t } = useTranslation();
  return (
    <Table<{ level: string; i: number }>
      size="small"
      pagination={false}
      rowKey="level"
      dataSource={APPROVAL_LEVELS.map((level, i) => ({ level, i }))}
      data-testid="complaint-authority"
      columns={[
        {
          title: t('complaintRules.level'),
          dataIndex: 'level',
          render: (level: string, r) => (
            <>
              <Form.Item name={['rules', 'authority', r.i, 'level']} hidden>
                <Input />
              </Form.Item>
              {t(`complaints.level.${level}` as 'complaints.level.branch')}
            </>
          ),
        },
        {
          title: t('complaintRules.maxAmount'),
          key: 'amount',
          render: (_: unknown, r) => (
            <Space align="start">
              <Form.Item name={['rules', 'authority', r.i, 'maxAmount']} style={{ marginBottom: 0 }}>
                <InputNumber
                  {...YUAN_NUMBER_PROPS}
                  min={0}
                  precision={0}
                  placeholder={t('complaintRules.unlimited')}
                  aria-label={`${t('complaintRules.maxAmount')}: ${t(`complaints.level.${r.level}` as 'complaints.level.branch')}`}
                  style={{ width: 160 }}
                  data-testid={`authority-amount-${r.level}`}
                />
              </Form.Item>
              <Changed
                on={changed.has(`authority.${r.level}.maxAmount`)}
                id={`authority.${r.level}.maxAmount`}
              />
            </Space>
          ),
        },
        {
          title: t('complaintRules.maxSeverity'),
          key: 'severity',
          render: (_: unknown, r) => (
            <Form.Item name={['rules', 'authority', r.i, 'maxSeverity']} style={{ marginBottom: 0 }}>
              <Select
                style={{ width: 120 }}
                aria-label={`${t('complaintRules.maxSeverity')}: ${t(`complaints.level.${r.level}` as 'complaints.level.branch')}`}
                options={URGENCIES.map((u) => ({ value: u, label: t(`complaints.urgency.${u}`) }))}
              />
            </Form.Item>
          ),
        },
      ]}
    />
  );
};
