import { Alert, Button, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type QuizResult, useQuiz, useTakeQuiz } from './quiz-api.ts';

/** Taking a quiz: one choice per question, graded on the server; wrong answers point to the article to read. */
export const QuizTake = ({
  id,
  onClose,
  onArticle,
}: {
  id: string;
  onClose: () => void;
  onArticle: (articleId: string) => void;
}) => {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const quiz = useQuiz(id);
  const take = useTakeQuiz(id);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const q = quiz.data;
  const missing = q ? q.questions.length - Object.keys(answers).length : 0;
  const submit = () => {
    if (!q) return;
    take.mutate(
      { version: q.version, answers: q.questions.map((_, i) => answers[i] ?? null) },
      { onSuccess: setResult, onError: showError },
    );
  };
  const indexOf = (questionId: string) => (q?.questions.findIndex((x) => x.id === questionId) ?? 0) + 1;
  return (
    <Modal
      open
      title={q?.title}
      width={720}
      onCancel={onClose}
      footer={
        result ? (
          <Button onClick={onClose}>{t('quiz.close')}</Button>
        ) : (
          <Button type="primary" loading={take.isPending} onClick={submit} {...testId('quiz-submit')}>
            {t('quiz.submit')}
          </Button>
        )
      }
    >
      {result ? (
        <Space direction="vertical" style={{ width: '100%' }} {...testId('quiz-result')}>
          <Alert
            type={result.passed ? 'success' : 'warning'}
            message={
              result.passed ? t('quiz.resultPassed') : t('quiz.resultFailed', { passMark: q?.passMark })
            }
            description={t('quiz.result', {
              score: result.score,
              correct: result.correct,
              total: result.total,
            })}
          />
          {result.certified && <Alert type="info" message={t('quiz.certified')} />}
          {result.wrong
            .filter((w) => w.articleId)
            .map((w) => (
              <Typography.Text key={w.id}>
                {t('quiz.readArticle', { n: indexOf(w.id) })}{' '}
                <Button type="link" size="small" onClick={() => w.articleId && onArticle(w.articleId)}>
                  {t('knowledge.open')}
                </Button>
              </Typography.Text>
            ))}
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          {q?.questions.map((x, i) => (
            <fieldset key={x.id} style={{ border: 0, margin: 0, padding: 0 }} {...testId('quiz-question')}>
              <legend style={{ fontWeight: 600, fontSize: 14 }}>
                {t('quiz.question', { n: i + 1 })}　{x.prompt}
              </legend>
              <Radio.Group
                value={answers[i]}
                onChange={(e) => setAnswers({ ...answers, [i]: e.target.value as number })}
              >
                <Space direction="vertical">
                  {x.options.map((o, j) => (
                    <Radio key={o} value={j}>
                      {o}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </fieldset>
          ))}
          {missing > 0 && (
            <Typography.Text type="secondary">{t('quiz.unanswered', { n: missing })}</Typography.Text>
          )}
        </Space>
      )}
    </Modal>
  );
};
