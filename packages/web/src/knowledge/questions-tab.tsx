import { App, Button, Empty, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Me } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';
import { inLanguage, type Question, useAnswer, useQuestions, useQuestionToArticle } from './api.ts';

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
          <Typography.Text strong>{q.question}</Typography.Text>
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
        {q.answer && <Typography.Paragraph data-testid="knowledge-answer">{q.answer}</Typography.Paragraph>}
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
                onSuccess: (a) => {
                  void message.success(t('knowledge.toArticleDone'));
                  onArticle(a.id);
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
