import { Button, Card, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { ExportButton } from '../shell/export-button.tsx';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type AssessmentListItem, useAgents, useAssessments, useOpenAssessment } from './api.ts';
import { AssessmentDetail } from './assessment-detail.tsx';
import { TemplateEditor } from './template-editor.tsx';

/**
 * 考核 (issue 17 part 4, seed 002 §五): my assessments, the team lead's review queue, the supervisor's sign-off
 * queue (with opening an agent's assessment), and the template editor.
 */
export const AssessmentPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState<string | null>(null);
  const lead = me.data?.role === 'teamLead';
  const supervises = hasPermission(me.data, 'assessment.open');
  const mine = useAssessments('mine');
  const review = useAssessments('review', lead);
  const signOff = useAssessments('signOff', supervises);
  const all = useAssessments('all', supervises);
  const list = (items: AssessmentListItem[] | undefined, loading: boolean, id: string) => (
    <AssessmentList items={items ?? []} loading={loading} onOpen={setOpen} id={id} />
  );
  const tabs = [
    { key: 'mine', label: t('assessment.tabMine'), children: list(mine.data?.items, mine.isLoading, 'mine') },
    ...(lead
      ? [
          {
            key: 'review',
            label: t('assessment.tabReview'),
            children: list(review.data?.items, review.isLoading, 'review'),
          },
        ]
      : []),
    ...(supervises
      ? [
          {
            key: 'signOff',
            label: t('assessment.tabSignOff'),
            children: list(signOff.data?.items, signOff.isLoading, 'signOff'),
          },
          {
            key: 'all',
            label: t('assessment.tabAll'),
            children: (
              <>
                <OpenForm />
                {list(all.data?.items, all.isLoading, 'all')}
              </>
            ),
          },
        ]
      : []),
    ...(hasPermission(me.data, 'assessment.template')
      ? [{ key: 'templates', label: t('assessment.tabTemplates'), children: <TemplateEditor /> }]
      : []),
  ];
  return (
    <Card
      title={t('assessment.title')}
      extra={
        <ExportButton list="assessments" filters={{ queue: supervises ? 'all' : lead ? 'review' : 'mine' }} />
      }
    >
      <Tabs items={tabs} defaultActiveKey={lead ? 'review' : supervises ? 'signOff' : 'mine'} />
      <AssessmentDetail id={open} onClose={() => setOpen(null)} />
    </Card>
  );
};

const AssessmentList = (p: {
  items: AssessmentListItem[];
  loading: boolean;
  onOpen: (id: string) => void;
  id: string;
}) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  return (
    <Table<AssessmentListItem>
      rowKey="id"
      size="small"
      loading={p.loading}
      dataSource={p.items}
      locale={{ emptyText: t('assessment.empty') }}
      {...testId(`assessment-list-${p.id}`)}
      onRow={(r) => ({
        ...testId(`assessment-row-${r.agentName}`),
        onClick: () => p.onOpen(r.id),
        style: { cursor: 'pointer' },
      })}
      columns={[
        { title: t('assessment.agent'), dataIndex: 'agentName' },
        {
          title: t('assessment.period'),
          render: (_, r) =>
            `${r.periodKey}（${t(`assessment.kind.${r.periodKind === 'quarter' ? 'quarter' : 'month'}`)}）`,
        },
        {
          title: t('assessment.state'),
          render: (_, r) => <Tag data-state={r.state}>{words(r.stateLabel)}</Tag>,
        },
        { title: t('assessment.total'), render: (_, r) => r.total ?? '—' },
      ]}
    />
  );
};

/** The supervisor opens an agent's assessment for a month (2026-11) or a quarter (2026-Q4). */
const OpenForm = () => {
  const { t } = useTranslation();
  const agents = useAgents(true);
  const openIt = useOpenAssessment();
  const { message, showError } = useFeedback();
  const [agentId, setAgentId] = useState<string>();
  const [kind, setKind] = useState<'month' | 'quarter'>('month');
  const [key, setKey] = useState('');
  return (
    <Space style={{ marginBottom: 12 }} wrap>
      <Select
        showSearch
        optionFilterProp="label"
        style={{ width: 200 }}
        placeholder={t('assessment.agent')}
        aria-label={t('assessment.agent')}
        value={agentId}
        onChange={setAgentId}
        options={(agents.data?.items ?? []).map((u) => ({
          value: u.id,
          label: `${u.displayName}（${u.username}）`,
        }))}
        {...testId('assessment-open-agent')}
      />
      <Select
        value={kind}
        onChange={setKind}
        options={[
          { value: 'month', label: t('assessment.kind.month') },
          { value: 'quarter', label: t('assessment.kind.quarter') },
        ]}
      />
      <Input
        style={{ width: 140 }}
        placeholder={kind === 'month' ? '2026-11' : '2026-Q4'}
        value={key}
        onChange={(e) => setKey(e.target.value)}
        {...testId('assessment-open-period')}
      />
      <Button
        type="primary"
        disabled={!agentId || key === ''}
        loading={openIt.isPending}
        {...testId('assessment-open')}
        onClick={() =>
          agentId &&
          openIt.mutate(
            { agentId, periodKind: kind, periodKey: key },
            { onSuccess: () => void message.success(t('assessment.opened')), onError: showError },
          )
        }
      >
        {t('assessment.open')}
      </Button>
    </Space>
  );
};
