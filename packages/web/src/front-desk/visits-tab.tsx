import { VISIT_MACHINE, VISIT_STAGES } from '@claimline/domain/front-desk';
import { DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { inLanguage } from '../knowledge/api.ts';
import { minSec, useVisits, type VisitSummary } from './api.ts';

/** The visits of a day with the time each stage took (seed 004 §二 1–9), the running one marked. */
export const VisitsTab = () => {
  const { t } = useTranslation();
  const [day, setDay] = useState<Dayjs | null>(null);
  const list = useVisits(day?.format('YYYY-MM-DD'));
  const time = (s: number) => t('frontDesk.seconds', minSec(s));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        {t('frontDesk.day')}
        <DatePicker value={day} onChange={setDay} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        onRow={(v) => ({ 'data-testid': `visit-row-${v.ticketNo}` }) as object}
        columns={[
          {
            title: t('frontDesk.ticket'),
            render: (_, v: VisitSummary) => <Link to={`/front-desk/visits/${v.id}`}>{v.ticketNo}</Link>,
          },
          { title: t('frontDesk.visitorName'), dataIndex: 'visitorName' },
          {
            title: t('frontDesk.stage'),
            render: (_, v: VisitSummary) => <Tag data-testid="visit-state">{inLanguage(v.stateLabel)}</Tag>,
          },
          ...VISIT_STAGES.map((stage) => ({
            title: inLanguage(VISIT_MACHINE.states[stage]),
            render: (_: unknown, v: VisitSummary) => {
              const s = v.stages.find((x) => x.stage === stage);
              if (!s) return null;
              return s.running ? (
                <Typography.Text type="warning">{time(s.seconds)}</Typography.Text>
              ) : (
                time(s.seconds)
              );
            },
          })),
          {
            title: t('frontDesk.totalTime'),
            render: (_, v: VisitSummary) => time(v.stages.reduce((n, s) => n + s.seconds, 0)),
          },
        ]}
      />
    </Space>
  );
};
