import { App, Button, Empty, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Me } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';
import { RevealField } from '../shell/reveal-field.tsx';
import {
  inLanguage,
  type Question,
  useAnswer,
  useQuestionReveal,
  useQuestions,
  useQuestionToArticle,
} from './api.ts';

/** A question's text as stored: masked when personal data was typed into it, revealed with a reason (audited). */
const QuestionText = ({ q, field, me }: { q: Question; field: 'question' | 'answer'; me: Me }) => {
  const reveal = useQuestionReveal(q.id);
  const text = (field === 'question' ? q.question : q.answer) ?? '';
  if (!q.sealed.includes(field)) return <>{text}</>;
  return (
    <RevealField
      caseId={q.caseId ?? q.id}
      via={reveal}
      field={`knowledge_questions.${field}`}
      masked={text}
      canReveal={me.permissions.includes('personal.reveal')}
    />
  );
};

const QuestionItem = ({ q, me, onArticle }: { q: Question; me: Me; onArticle: (id: string) => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const answer = useAnswer(q.id);
  const toArticle = useQuestionToArticle(q.id);
  return (
    <List.Item data-testid="knowledge-question">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={q.state === 'open' ? 'orange' : 'green'}>{inLanguage(q.stateLabel)}</Tag>
          <Typography.Text strong>
            <QuestionText q={q} field="question" me={me} />
          </Typography.Text>
        </Space>
        <Typography.Text type="secondary">
          {t('knowledge.askedBy')} {q.askedBy.name} · {t('knowledge.askedTo')} {q.askedTo.name} ·{' '}
          {formatTime(q.createdAt)}
          {q.caseId && (
            <>
              {' · '}
              <Link to={`/cases/${q.caseId}`}>{q.caseNumber}</Link>
            </>
          )}
          {q.caseDueAt && ` · ${t('knowledge.caseDue')} ${formatTime(q.caseDueAt)}`}
        </Typography.Text>
        {q.answer && (
          <Typography.Paragraph data-testid="knowledge-answer">
            <QuestionText q={q} field="answer" me={me} />
          </Typography.Paragraph>
        )}
        {q.state === 'open' && q.askedTo.id === me.id && (
          <Space.Compact style={{ width: '100%' }}>
            <Input.TextArea
              rows={2}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('knowledge.answerPlaceholder')}
              data-testid="knowledge-answer-input"
            />
            <Button
              type="primary"
              loading={answer.isPending}
              disabled={text.trim().length < 2}
              onClick={() => answer.mutate(text.trim())}
              data-testid="knowledge-answer-send"
            >
              {t('knowledge.sendAnswer')}
            </Button>
          </Space.Compact>
        )}
        {q.state === 'answered' && !q.articleId && me.permissions.includes('knowledge.manage') && (
          <Button
            size="small"
            loading={toArticle.isPending}
            onClick={() =>
              toArticle.mutate(undefined, {
                onSuccess: (made) => {
                  // The editor is told when personal data was masked out of the draft (issue #20).
                  if (made.personalDataMasked) void message.warning(t('knowledge.toArticleMasked'), 8);
                  else void message.success(t('knowledge.toArticleDone'));
                  onArticle(made.article.id);
                },
              })
            }
          >
            {t('knowledge.toArticle')}
          </Button>
        )}
      </Space>
    </List.Item>
  );
};

/** 请教: questions asked of me (to answer) and by me (to read the answer). */
export const QuestionsTab = ({ me, onArticle }: { me: Me; onArticle: (id: string) => void }) => {
  const { t } = useTranslation();
  const [box, setBox] = useState<'toMe' | 'mine'>('toMe');
  const list = useQuestions(box);
  return (
    <>
      <Segmented
        value={box}
        onChange={(v) => setBox(v as 'toMe' | 'mine')}
        options={[
          { value: 'toMe', label: t('knowledge.box.toMe') },
          { value: 'mine', label: t('knowledge.box.mine') },
        ]}
      />
      <List
        loading={list.isLoading}
        locale={{ emptyText: <Empty description={t('knowledge.noQuestions')} /> }}
        dataSource={list.data?.items ?? []}
        renderItem={(q) => <QuestionItem q={q} me={me} onArticle={onArticle} />}
      />
    </>
  );
};
