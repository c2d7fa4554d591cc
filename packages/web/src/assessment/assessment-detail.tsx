import {
  Button,
  Descriptions,
  Drawer,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type Assessment, useAssessment, useAssessmentMove } from './api.ts';

const QUALITATIVE = ['serviceAttitude', 'teamwork', 'productKnowledge'] as const;
/** Moves whose dialog asks for the lead's or supervisor's points. */
const SCORING = ['review', 'correct', 'decideAppeal'];

/**
 * One assessment: the items with their points, the self-assessment, the versions, and the moves the server offers
 * this person. The fields shown are what the offered moves ask for (never a re-implemented guard).
 */
export const AssessmentDetail = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const one = useAssessment(id);
  const a = one.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={a ? `${a.agentName} · ${a.periodKey}` : ''}
    >
      {a && (
        <Space orientation="vertical" style={{ width: '100%' }} {...testId('assessment-detail')}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('assessment.state')}>
              <Tag {...testId('assessment-state')} data-state={a.state}>
                {words(a.stateLabel)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('assessment.total')}>
              <span {...testId('assessment-total')}>{a.total ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('assessment.template')}>
              {words(a.template.name)} v{a.template.version}
            </Descriptions.Item>
            <Descriptions.Item label={t('assessment.appealUntil')}>
              {a.appealUntil ? formatTime(a.appealUntil) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={a.items}
            columns={[
              { title: t('assessment.item'), render: (_, r) => words(r.label) },
              { title: t('assessment.weight'), dataIndex: 'weight' },
              {
                title: t('assessment.value'),
                render: (_, r) => (r.input === null ? '—' : Number(r.input.toFixed(3))),
              },
              { title: t('assessment.points'), render: (_, r) => r.points ?? t('assessment.notMeasured') },
              { title: '', render: (_, r) => (r.low ? <Tag color="red">{t('assessment.low')}</Tag> : null) },
            ]}
          />
          {a.suggestedTraining.length > 0 && (
            <Typography.Text type="warning">
              {t('assessment.suggested')}: {a.suggestedTraining.map((s) => words(s.label)).join('、')}
            </Typography.Text>
          )}
          {a.self && (
            <Descriptions size="small" column={1} title={t('assessment.self')}>
              <Descriptions.Item label={t('assessment.strengths')}>{a.self.strengths}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.weaknesses')}>{a.self.weaknesses}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.plan')}>{a.self.plan}</Descriptions.Item>
            </Descriptions>
          )}
          {a.leadComment && (
            <Typography.Paragraph>{`${t('assessment.comment')}: ${a.leadComment}`}</Typography.Paragraph>
          )}
          {a.appealText && (
            <Typography.Paragraph>{`${t('assessment.appeal')}: ${a.appealText}`}</Typography.Paragraph>
          )}
          {a.versions.length > 0 && (
            <Table
              size="small"
              rowKey="scoreVersion"
              pagination={false}
              dataSource={a.versions}
              columns={[
                { title: t('assessment.version'), dataIndex: 'scoreVersion' },
                { title: t('assessment.total'), render: (_, r) => r.total ?? '—' },
                { title: t('assessment.reason'), dataIndex: 'reason' },
                { title: t('assessment.by'), dataIndex: 'by' },
                { title: t('assessment.at'), render: (_, r) => formatTime(r.at) },
              ]}
            />
          )}
          <MoveForm a={a} />
        </Space>
      )}
    </Drawer>
  );
};

const MoveForm = ({ a }: { a: Assessment }) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const move = useAssessmentMove();
  const { message, showError } = useFeedback();
  const [self, setSelf] = useState({ strengths: '', weaknesses: '', plan: '' });
  const [points, setPoints] = useState<Record<string, number>>({});
  const [text, setText] = useState('');
  const offered = a.moves.filter((m) => m.allowed || !m.byRole);
  if (offered.length === 0) return null;
  const asks = (input: string) => offered.some((m) => m.allowed && m.inputs.includes(input));
  const scoring = offered.some((m) => m.allowed && SCORING.includes(m.event));
  const qualitative = QUALITATIVE.filter((q) => a.items.some((i) => i.key === `q:${q}`));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {asks('selfComplete') &&
        (['strengths', 'weaknesses', 'plan'] as const).map((f) => (
          <Input.TextArea
            key={f}
            rows={2}
            placeholder={t(`assessment.${f}`)}
            value={self[f]}
            onChange={(e) => setSelf((s) => ({ ...s, [f]: e.target.value }))}
            {...testId(`assessment-self-${f}`)}
          />
        ))}
      {scoring &&
        qualitative.map((q) => (
          <Space key={q}>
            <span>{words(a.items.find((i) => i.key === `q:${q}`)!.label)}</span>
            <InputNumber
              min={0}
              max={5}
              value={points[q] ?? null}
              onChange={(v) => setPoints((p) => (v === null ? p : { ...p, [q]: v }))}
              {...testId(`assessment-points-${q}`)}
            />
            {q === 'productKnowledge' && a.knowledge && a.knowledge.suggestedPoints !== null && (
              <>
                <span {...testId('assessment-knowledge-hint')}>
                  {t('assessment.knowledgeHint', {
                    quizzes: a.knowledge.quizzes,
                    mastery: a.knowledge.mastery,
                    points: a.knowledge.suggestedPoints,
                  })}
                </span>
                <Button
                  size="small"
                  onClick={() => setPoints((p) => ({ ...p, [q]: a.knowledge?.suggestedPoints ?? 0 }))}
                  {...testId('assessment-knowledge-use')}
                >
                  {t('assessment.knowledgeUse')}
                </Button>
              </>
            )}
          </Space>
        ))}
      {(asks('reason') || scoring) && (
        <Input.TextArea
          rows={2}
          placeholder={t('assessment.reasonPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          {...testId('assessment-reason')}
        />
      )}
      <Space wrap>
        {offered.map((m) => (
          <Tooltip key={m.event} title={m.reason ? words(m.reason) : null}>
            <Button
              disabled={!m.allowed}
              loading={move.isPending}
              {...testId(`assessment-${m.event}`)}
              onClick={() =>
                move.mutate(
                  {
                    id: a.id,
                    event: m.event,
                    version: a.version,
                    ...(m.event === 'submitSelf' ? { self } : {}),
                    ...(SCORING.includes(m.event) && Object.keys(points).length > 0
                      ? { qualitative: points }
                      : {}),
                    ...(m.event === 'review'
                      ? { comment: text || undefined }
                      : { reason: text || undefined }),
                  },
                  {
                    onSuccess: () => {
                      setText('');
                      void message.success(t('assessment.done', { move: words(m.label) }));
                    },
                    onError: showError,
                  },
                )
              }
            >
              {words(m.label)}
            </Button>
          </Tooltip>
        ))}
      </Space>
    </Space>
  );
};
