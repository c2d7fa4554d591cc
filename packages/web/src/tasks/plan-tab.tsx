import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { Answers, Body } from '../api/types.ts';
import { inLanguage } from '../knowledge/api.ts';
import { formatTime } from '../shell/format.ts';

type Plan = Answers['TeamPlan'];

/** 计划与目标: the branch's plan for a month, KPI targets set by a lead (seed 002 §二(三)1, §五(一)). */
export const PlanTab = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [period, setPeriod] = useState(dayjs().format('YYYY-MM'));
  const q = useQuery({
    queryKey: ['tasks', 'plan', period],
    queryFn: ({ signal }) => api<Plan>('/api/plans', { query: { period }, signal }),
  });
  const [targets, setTargets] = useState<Record<string, number | null>>({});
  const [note, setNote] = useState('');
  useEffect(() => {
    setTargets(Object.fromEntries((q.data?.targets ?? []).map((x) => [x.kpi, x.target])));
    setNote(q.data?.note ?? '');
  }, [q.data]);
  const save = useMutation({
    mutationFn: (b: Body<'/api/plans', 'put'>) => api<Plan>('/api/plans', { method: 'PUT', body: b }),
    onSuccess: () => {
      void message.success(t('tasks.planSaved'));
      return client.invalidateQueries({ queryKey: ['tasks', 'plan'] });
    },
  });
  const p = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <DatePicker
          picker="month"
          value={dayjs(`${period}-01`)}
          allowClear={false}
          onChange={(d) => d && setPeriod(d.format('YYYY-MM'))}
        />
        {p && <Typography.Text type="secondary">{p.branchName}</Typography.Text>}
        {p?.updatedBy && (
          <Typography.Text type="secondary">
            {p.updatedBy} · {formatTime(p.updatedAt)}
          </Typography.Text>
        )}
      </Space>
      <Table
        rowKey="kpi"
        size="small"
        pagination={false}
        loading={q.isLoading}
        dataSource={p?.targets ?? []}
        columns={[
          { title: t('tasks.kpi'), render: (_, r) => inLanguage(r.label) },
          {
            title: t('tasks.target'),
            render: (_, r) =>
              p?.canEdit ? (
                <InputNumber
                  min={0}
                  value={targets[r.kpi] ?? null}
                  addonAfter={r.unit}
                  onChange={(v) => setTargets({ ...targets, [r.kpi]: v })}
                  data-testid={`plan-${r.kpi}`}
                />
              ) : r.target === null ? (
                '—'
              ) : (
                `${r.target} ${r.unit}`
              ),
          },
          {
            title: '',
            render: (_, r) => (r.better === 'higher' ? t('tasks.higherBetter') : t('tasks.lowerBetter')),
          },
          {
            title: t('tasks.actual'),
            render: (_, r) => (r.actual === null ? '—' : `${r.actual} ${r.unit}`),
          },
          {
            title: t('tasks.met'),
            render: (_, r) =>
              r.met === null ? (
                '—'
              ) : (
                <Tag color={r.met ? 'green' : 'red'} data-testid={`plan-met-${r.kpi}`}>
                  {r.met ? t('tasks.metYes') : t('tasks.metNo')}
                </Tag>
              ),
          },
        ]}
      />
      {p?.canEdit ? (
        <>
          <Input.TextArea
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('tasks.planNote')}
          />
          <Button
            type="primary"
            loading={save.isPending}
            data-testid="plan-save"
            onClick={() =>
              save.mutate({
                period,
                note,
                version: p.version,
                targets: Object.fromEntries(
                  Object.entries(targets).flatMap(([k, v]) =>
                    typeof v === 'number' ? [[k, v] as const] : [],
                  ),
                ),
              })
            }
          >
            {t('tasks.savePlan')}
          </Button>
        </>
      ) : (
        p?.note && <Typography.Paragraph>{p.note}</Typography.Paragraph>
      )}
    </Space>
  );
};
