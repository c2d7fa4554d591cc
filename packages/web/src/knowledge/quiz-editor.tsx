import { TRAINING_TOPIC_LABELS, TRAINING_TOPICS, type TrainingTopic } from '@claimline/domain/training';
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { inLanguage, useArticles } from './api.ts';
import { type SaveQuizInput, useQuiz, useSaveQuiz } from './quiz-api.ts';

type Draft = SaveQuizInput;
type QuestionDraft = Draft['questions'][number];

let seq = 0;
const newQuestion = (): QuestionDraft => ({
  id: `q${Date.now()}-${seq++}`,
  prompt: '',
  options: ['', ''],
  answer: 0,
});
const empty = (): Draft => ({
  title: '',
  topic: 'productKnowledge',
  passMark: 60,
  certifies: false,
  published: false,
  questions: [newQuestion()],
  articleIds: [],
});

/** A maintainer's quiz editor: questions with 2–6 options, the right one marked, and the article that teaches it. */
export const QuizEditor = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const existing = useQuiz(id);
  const articles = useArticles({ state: 'published' });
  const save = useSaveQuiz(id);
  const [d, setD] = useState<Draft>(empty);
  useEffect(() => {
    const q = existing.data;
    if (!q) return;
    setD({
      title: q.title,
      topic: q.topic as TrainingTopic,
      passMark: q.passMark,
      certifies: q.certifies,
      published: q.published,
      articleIds: q.articleIds,
      version: q.version,
      questions: q.questions.map((x) => ({ ...x, answer: x.answer ?? 0 })),
    });
  }, [existing.data]);
  const setQ = (i: number, patch: Partial<QuestionDraft>) =>
    setD({ ...d, questions: d.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  const articleOptions = (articles.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }));
  const submit = () =>
    save.mutate(d, {
      onSuccess: () => {
        void message.success(t('quiz.saved'));
        onClose();
      },
      onError: showError,
    });
  return (
    <Modal
      open
      width={820}
      title={id ? t('quiz.edit') : t('quiz.newQuiz')}
      onCancel={onClose}
      onOk={submit}
      okText={t('quiz.save')}
      confirmLoading={save.isPending}
      okButtonProps={testId('quiz-save')}
    >
      <Form layout="vertical">
        <Form.Item label={t('quiz.title')} htmlFor="quiz-title">
          <Input id="quiz-title" value={d.title} onChange={(e) => setD({ ...d, title: e.target.value })} />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('quiz.topic')} htmlFor="quiz-topic">
            <Select
              id="quiz-topic"
              style={{ width: 200 }}
              value={d.topic}
              onChange={(v) => setD({ ...d, topic: v })}
              options={TRAINING_TOPICS.map((k) => ({
                value: k,
                label: inLanguage(TRAINING_TOPIC_LABELS[k]),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('quiz.passMark')} htmlFor="quiz-pass-mark">
            <InputNumber
              id="quiz-pass-mark"
              min={1}
              max={100}
              value={d.passMark}
              onChange={(v) => setD({ ...d, passMark: v ?? 60 })}
            />
          </Form.Item>
        </Space>
        <Space direction="vertical">
          <Checkbox checked={d.certifies} onChange={(e) => setD({ ...d, certifies: e.target.checked })}>
            {t('quiz.certifies')}
          </Checkbox>
          <Checkbox
            checked={d.published}
            onChange={(e) => setD({ ...d, published: e.target.checked })}
            {...testId('quiz-published')}
          >
            {t('quiz.published')}
          </Checkbox>
        </Space>
        {d.questions.map((q, i) => (
          <Card
            key={q.id}
            size="small"
            style={{ marginTop: 12 }}
            title={t('quiz.question', { n: i + 1 })}
            extra={
              d.questions.length > 1 && (
                <Button
                  size="small"
                  danger
                  onClick={() => setD({ ...d, questions: d.questions.filter((_, j) => j !== i) })}
                >
                  {t('quiz.remove')}
                </Button>
              )
            }
          >
            <Input.TextArea
              aria-label={t('quiz.prompt')}
              placeholder={t('quiz.prompt')}
              rows={2}
              value={q.prompt}
              onChange={(e) => setQ(i, { prompt: e.target.value })}
              {...testId('quiz-prompt')}
            />
            <Radio.Group
              style={{ width: '100%', marginTop: 8 }}
              value={q.answer}
              onChange={(e) => setQ(i, { answer: e.target.value as number })}
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                {q.options.map((o, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place by position
                  <Space.Compact key={j} style={{ width: '100%' }}>
                    <Radio value={j} aria-label={`${t('quiz.rightOption')} ${j + 1}`} />
                    <Input
                      aria-label={t('quiz.option', { n: j + 1 })}
                      placeholder={t('quiz.option', { n: j + 1 })}
                      value={o}
                      onChange={(e) =>
                        setQ(i, { options: q.options.map((x, k) => (k === j ? e.target.value : x)) })
                      }
                      {...testId('quiz-option')}
                    />
                  </Space.Compact>
                ))}
              </Space>
            </Radio.Group>
            <Space style={{ marginTop: 8 }} wrap>
              {q.options.length < 6 && (
                <Button size="small" onClick={() => setQ(i, { options: [...q.options, ''] })}>
                  {t('quiz.addOption')}
                </Button>
              )}
              <Select
                aria-label={t('quiz.article')}
                placeholder={t('quiz.article')}
                allowClear
                style={{ width: 360 }}
                value={q.articleId ?? undefined}
                onChange={(v) => setQ(i, { articleId: v ?? null })}
                options={articleOptions}
              />
            </Space>
          </Card>
        ))}
        <Button
          style={{ marginTop: 12 }}
          onClick={() => setD({ ...d, questions: [...d.questions, newQuestion()] })}
          {...testId('quiz-add-question')}
        >
          {t('quiz.addQuestion')}
        </Button>
      </Form>
    </Modal>
  );
};
