import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { formatTime, testId } from '../shell/format.ts';
import { inLanguage } from './api.ts';
import { useQuizAttempts, useQuizzes } from './quiz-api.ts';
import { QuizEditor } from './quiz-editor.tsx';
import { QuizTake } from './quiz-take.tsx';

/** 自学测验 (seed 002 §四(一)3): quizzes to take, my results; maintainers write quizzes and see everyone's results. */
export const QuizTab = ({ me, onArticle }: { me: Me; onArticle: (id: string) => void }) => {
  const { t } = useTranslation();
  const quizzes = useQuizzes();
  const attempts = useQuizAttempts();
  const [taking, setTaking] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const manage = me.permissions.includes('knowledge.manage');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('quiz.intro')}</Typography.Paragraph>
      {manage && (
        <Button onClick={() => setEditing(null)} {...testId('quiz-new')}>
          {t('quiz.newQuiz')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={quizzes.isLoading}
        dataSource={quizzes.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('quiz.none') }}
        onRow={(q) => testId(`quiz-row-${q.title}`)}
        columns={[
          {
            title: t('quiz.title'),
            render: (_, q) => (
              <Space>
                {q.title}
                {!q.published && <Tag>{t('quiz.draft')}</Tag>}
              </Space>
            ),
          },
          { title: t('quiz.topic'), render: (_, q) => inLanguage(q.topicLabel) },
          { title: t('quiz.passMark'), dataIndex: 'passMark' },
          { title: '', render: (_, q) => t('quiz.questionCount', { n: q.questionCount }) },
          {
            title: t('quiz.myBest'),
            render: (_, q) =>
              q.myBest ? (
                <Space>
                  {q.myBest.score}
                  <Tag color={q.myBest.passed ? 'green' : 'orange'}>
                    {q.myBest.passed ? t('quiz.passed') : t('quiz.notPassed')}
                  </Tag>
                </Space>
              ) : (
                t('quiz.notTaken')
              ),
          },
          {
            title: '',
            render: (_, q) => (
              <Space>
                {q.published && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setTaking(q.id)}
                    {...testId('quiz-take')}
                  >
                    {q.myBest ? t('quiz.retake') : t('quiz.take')}
                  </Button>
                )}
                {q.canEdit && (
                  <Button size="small" onClick={() => setEditing(q.id)}>
                    {t('quiz.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('quiz.results')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={attempts.isLoading}
        dataSource={attempts.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('quiz.person'), dataIndex: 'name' },
          { title: t('quiz.title'), dataIndex: 'title' },
          { title: t('quiz.topic'), render: (_, a) => inLanguage(a.topicLabel) },
          { title: t('quiz.score'), dataIndex: 'score' },
          {
            title: '',
            render: (_, a) => (
              <Space>
                <Tag color={a.passed ? 'green' : 'orange'}>
                  {a.passed ? t('quiz.passed') : t('quiz.notPassed')}
                </Tag>
                {a.certified && <Tag color="blue">{t('quiz.certified')}</Tag>}
              </Space>
            ),
          },
          { title: t('quiz.takenAt'), render: (_, a) => formatTime(a.takenAt) },
        ]}
      />
      {taking && <QuizTake id={taking} onClose={() => setTaking(null)} onArticle={onArticle} />}
      {editing !== undefined && <QuizEditor id={editing} onClose={() => setEditing(undefined)} />}
    </Space>
  );
};
