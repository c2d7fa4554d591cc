import type { ItemResult, ScoredItem } from '@claimline/domain/qa';
import { Button, Flex, Input, Modal, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type CallDetail, useReview } from './api.ts';

const COLOR: Record<ItemResult, string> = { pass: 'green', fail: 'red', na: 'default' };

type Draft = Record<string, { result: ItemResult; comment: string }>;

/** The QA scorecard; reviewers change items with a comment (manual review, issue #5 part 5). */
export const ScorecardView = ({ call, canReview }: { call: CallDetail; canReview: boolean }) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const review = useReview(call.id);
  const [draft, setDraft] = useState<Draft | null>(null);
  const sc = call.scorecard;
  if (!sc) return <Typography.Text type="secondary">{t('hotline.qa.noCard')}</Typography.Text>;
  const submit = () => {
    const overrides = Object.entries(draft ?? {})
      .filter(
        ([id, d]) => d.comment.trim() !== '' || sc.card.items.find((i) => i.id === id)?.result !== d.result,
      )
      .map(([id, d]) => ({ id, ...d }));
    review.mutate(
      { version: sc.version, overrides },
      {
        onSuccess: () => {
          setDraft(null);
          void message.success(t('action.done'));
        },
        onError: showError,
      },
    );
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={32} align="center">
        <Statistic title={t('hotline.qa.score')} value={sc.score ?? '—'} data-testid="qa-score" />
        {sc.reviewedAt && <Statistic title={t('hotline.qa.autoScore')} value={sc.autoScore ?? '—'} />}
        {canReview && (
          <Button data-testid="qa-review" onClick={() => setDraft({})}>
            {t('hotline.qa.review')}
          </Button>
        )}
      </Flex>
      <Table<ScoredItem>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="qa-items"
        dataSource={sc.card.items}
        onRow={(item) => ({ 'data-item': item.id }) as never}
        columns={[
          { title: t('hotline.admin.item'), render: (_v, i) => t(`hotline.item.${i.id}`) },
          { title: t('hotline.admin.weight'), dataIndex: 'weight', width: 70 },
          {
            title: t('hotline.qa.result'),
            width: 110,
            render: (_v, i) => (
              <Tag color={COLOR[i.result]} data-testid="qa-result" data-result={i.result}>
                {t(`hotline.result.${i.result}`)}
              </Tag>
            ),
          },
          {
            title: t('hotline.qa.why'),
            render: (_v, i) => (
              <Flex vertical>
                {i.reason && (
                  <Typography.Text type="secondary">
                    {t(`hotline.reason.${i.reason}`, { defaultValue: t('hotline.reason.other') })}
                  </Typography.Text>
                )}
                {i.missing && (
                  <Typography.Text type="secondary">
                    {i.missing
                      .map((q) => t(`hotline.question.${q}`, { defaultValue: t('hotline.question.other') }))
                      .join('、')}
                  </Typography.Text>
                )}
                {i.review && (
                  <Typography.Text>
                    {t('hotline.qa.reviewed', { original: t(`hotline.result.${i.review.original}`) })}：
                    {i.review.comment}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Modal
        open={draft !== null}
        title={t('hotline.qa.review')}
        width={720}
        onCancel={() => setDraft(null)}
        onOk={submit}
        confirmLoading={review.isPending}
        okText={t('common.submit')}
        cancelText={t('common.cancel')}
        okButtonProps={testId('qa-review-submit')}
      >
        <Flex vertical gap={8}>
          {sc.card.items.map((i) => {
            const d = draft?.[i.id] ?? { result: i.result, comment: '' };
            const set = (patch: Partial<typeof d>) => setDraft((x) => ({ ...x, [i.id]: { ...d, ...patch } }));
            return (
              <Flex key={i.id} gap={8} align="center" data-testid={`qa-review-${i.id}`}>
                <Typography.Text style={{ width: 160 }}>{t(`hotline.item.${i.id}`)}</Typography.Text>
                <Select
                  style={{ width: 110 }}
                  value={d.result}
                  onChange={(result) => set({ result })}
                  options={(['pass', 'fail', 'na'] as const).map((r) => ({
                    value: r,
                    label: t(`hotline.result.${r}`),
                  }))}
                />
                <Input
                  placeholder={t('hotline.qa.comment')}
                  value={d.comment}
                  onChange={(e) => set({ comment: e.target.value })}
                />
              </Flex>
            );
          })}
        </Flex>
      </Modal>
    </Flex>
  );
};
