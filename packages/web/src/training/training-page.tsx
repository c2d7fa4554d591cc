import { TRAINING_TOPIC_LABELS, TRAINING_TOPICS } from '@claimline/domain/training';
import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { useAgents } from '../assessment/api.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type TrainingSession,
  useCertificates,
  useCreatePlan,
  useCreateSession,
  usePlans,
  useRecordAttendance,
  useSessions,
} from './api.ts';

/**
 * 培训 (issue 17 part 5, seed 002 §四): the yearly plans, sessions with attendance and exam scores, certificates
 * and those expiring soon. Leads and above plan and record; everyone reads.
 */
export const TrainingPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const manage = hasPermission(me.data, 'training.manage');
  const tabs = [
    { key: 'sessions', label: t('training.tabSessions'), children: <Sessions manage={manage} /> },
    { key: 'plans', label: t('training.tabPlans'), children: <Plans manage={manage} /> },
    { key: 'certificates', label: t('training.tabCertificates'), children: <Certificates soon={false} /> },
    { key: 'expiring', label: t('training.tabExpiring'), children: <Certificates soon /> },
  ];
  return (
    <Card title={t('training.title')}>
      <Tabs items={tabs} />
    </Card>
  );
};

const useWords = () => {
  const { i18n } = useTranslation();
  return (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
};

const Plans = ({ manage }: { manage: boolean }) => {
  const { t } = useTranslation();
  const plans = usePlans();
  const create = useCreatePlan();
  const { message, showError } = useFeedback();
  const [f, setF] = useState({ year: 2026, title: '', goals: '', content: '', schedule: '' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {manage && (
        <Space wrap>
          <InputNumber value={f.year} onChange={(v) => v !== null && setF({ ...f, year: v })} />
          {(['title', 'goals', 'content', 'schedule'] as const).map((k) => (
            <Input
              key={k}
              placeholder={t(`training.${k}`)}
              value={f[k]}
              onChange={(e) => setF({ ...f, [k]: e.target.value })}
            />
          ))}
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() =>
              create.mutate(f, {
                onSuccess: () => void message.success(t('training.saved')),
                onError: showError,
              })
            }
          >
            {t('training.addPlan')}
          </Button>
        </Space>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        columns={[
          { title: t('training.year'), dataIndex: 'year' },
          { title: t('training.title_'), dataIndex: 'title' },
          { title: t('training.goals'), dataIndex: 'goals' },
          { title: t('training.content'), dataIndex: 'content' },
          { title: t('training.schedule'), dataIndex: 'schedule' },
        ]}
      />
    </Space>
  );
};

const Sessions = ({ manage }: { manage: boolean }) => {
  const { t } = useTranslation();
  const words = useWords();
  const sessions = useSessions();
  const create = useCreateSession();
  const { message, showError } = useFeedback();
  const [f, setF] = useState({ topic: 'serviceSkills', title: '', day: '', place: '' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {manage && (
        <Space wrap>
          <Select
            style={{ width: 180 }}
            aria-label={t('training.topic')}
            value={f.topic}
            onChange={(v) => setF({ ...f, topic: v })}
            options={TRAINING_TOPICS.map((k) => ({ value: k, label: words(TRAINING_TOPIC_LABELS[k]) }))}
            {...testId('training-topic')}
          />
          <Input
            placeholder={t('training.title_')}
            value={f.title}
            onChange={(e) => setF({ ...f, title: e.target.value })}
            {...testId('training-title')}
          />
          <Input
            placeholder="2026-11-20"
            value={f.day}
            onChange={(e) => setF({ ...f, day: e.target.value })}
            {...testId('training-day')}
          />
          <Input
            placeholder={t('training.place')}
            value={f.place}
            onChange={(e) => setF({ ...f, place: e.target.value })}
          />
          <Button
            type="primary"
            loading={create.isPending}
            {...testId('training-add-session')}
            onClick={() =>
              create.mutate(f, {
                onSuccess: () => void message.success(t('training.saved')),
                onError: showError,
              })
            }
          >
            {t('training.addSession')}
          </Button>
        </Space>
      )}
      <Table<TrainingSession>
        rowKey="id"
        size="small"
        loading={sessions.isLoading}
        dataSource={sessions.data?.items ?? []}
        expandable={{ expandedRowRender: (s) => <Attendance session={s} manage={manage} /> }}
        onRow={(s) => testId(`training-session-${s.title}`)}
        columns={[
          { title: t('training.day'), dataIndex: 'day' },
          { title: t('training.topic'), render: (_, s) => words(s.topicLabel) },
          { title: t('training.title_'), dataIndex: 'title' },
          { title: t('training.place'), dataIndex: 'place' },
          { title: t('training.attendees'), render: (_, s) => s.attendance.filter((a) => a.attended).length },
        ]}
      />
    </Space>
  );
};

/** Who attended and the exam score (§四(二)3); a pass issues the certificate on the server. */
const Attendance = ({ session, manage }: { session: TrainingSession; manage: boolean }) => {
  const { t } = useTranslation();
  const agents = useAgents(manage);
  const record = useRecordAttendance();
  const { message, showError } = useFeedback();
  const [userId, setUserId] = useState<string>();
  const [score, setScore] = useState<number | null>(null);
  const [attended, setAttended] = useState(true);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={session.attendance}
        columns={[
          { title: t('training.trainee'), dataIndex: 'name' },
          {
            title: t('training.attended'),
            render: (_, a) => (a.attended ? t('training.yes') : t('training.no')),
          },
          {
            title: t('training.score'),
            render: (_, a) => <span {...testId(`training-score-${a.name}`)}>{a.examScore ?? '—'}</span>,
          },
          {
            title: t('training.result'),
            render: (_, a) =>
              a.passed === null ? (
                '—'
              ) : (
                <Tag color={a.passed ? 'green' : 'red'}>
                  {a.passed ? t('training.passed') : t('training.failed')}
                </Tag>
              ),
          },
        ]}
      />
      {manage && (
        <Space wrap>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 220 }}
            placeholder={t('training.trainee')}
            aria-label={t('training.trainee')}
            value={userId}
            onChange={setUserId}
            options={(agents.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName}（${u.username}）`,
            }))}
            {...testId('training-trainee')}
          />
          <Checkbox checked={attended} onChange={(e) => setAttended(e.target.checked)}>
            {t('training.attended')}
          </Checkbox>
          <InputNumber
            min={0}
            max={100}
            placeholder={t('training.score')}
            value={score}
            onChange={setScore}
            {...testId('training-score-input')}
          />
          <Button
            disabled={!userId}
            loading={record.isPending}
            {...testId('training-record')}
            onClick={() =>
              userId &&
              record.mutate(
                { id: session.id, records: [{ userId, attended, examScore: score }] },
                { onSuccess: () => void message.success(t('training.saved')), onError: showError },
              )
            }
          >
            {t('training.record')}
          </Button>
        </Space>
      )}
    </Space>
  );
};

const Certificates = ({ soon }: { soon: boolean }) => {
  const { t } = useTranslation();
  const words = useWords();
  const certs = useCertificates(soon);
  return (
    <Table
      rowKey="id"
      size="small"
      loading={certs.isLoading}
      dataSource={certs.data?.items ?? []}
      locale={{ emptyText: t('training.empty') }}
      columns={[
        { title: t('training.trainee'), dataIndex: 'name' },
        { title: t('training.topic'), render: (_, c) => words(c.topicLabel) },
        { title: t('training.issuedOn'), dataIndex: 'issuedOn' },
        {
          title: t('training.expiresOn'),
          render: (_, c) => (
            <Space>
              {c.expiresOn}
              {c.expiringSoon && <Tag color="orange">{t('training.expiringSoon')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
};
