import { Checkbox, Form, Input, InputNumber, Modal, Rate, Select, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { CHANNELS } from '../api/types.ts';
import { GuardedTextArea } from '../scripts/guarded-text-area.tsx';
import { testId } from '../shell/format.ts';
import { YUAN_NUMBER_PROPS } from '../shell/money-input.tsx';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  CATEGORIES,
  CLOCK_STOP_REASONS,
  COMPLEXITIES,
  type ComplaintDetail,
  type ComplaintEvent,
  REVIEW_OUTCOMES,
  URGENCIES,
  useComplaintChange,
  useRouting,
} from './api.ts';
import { levelLabel } from './labels.ts';

export type DialogAction = ComplaintEvent | 'feedback';

const FIELDS = [
  'urgency',
  'complexity',
  'category',
  'assigneeId',
  'note',
  'noticeChannel',
  'decision',
  'findings',
  'basis',
  'remedy',
  'remedyAmount',
  'channel',
  'score',
  'comment',
  'reason',
  'disasterRelated',
  'regulatorDesignated',
  'outcome',
];
/** 办法 (2020) art. 20: a review is applied for in writing, so every channel but the phone. */
const WRITTEN_CHANNELS = CHANNELS.filter((c) => c !== 'phone');

const AssigneeField = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const routing = useRouting(id, true);
  const p = routing.data;
  // The routed suggestion is preselected once it arrives; the lead may pick anyone eligible instead.
  const suggested = p?.suggestion?.id;
  useEffect(() => {
    if (suggested && !form.getFieldValue('assigneeId')) form.setFieldValue('assigneeId', suggested);
  }, [form, suggested]);
  return (
    <Form.Item name="assigneeId" label={t('complaints.field.assignee')} rules={[{ required: true }]}>
      <Select
        loading={routing.isLoading}
        virtual={false}
        data-testid="assignee-select"
        options={[...(p?.candidates ?? [])]
          // The routing's choice first (marked 推荐), then who may take it; the others stay visible with the reason.
          .sort(
            (a, b) =>
              Number(b.id === suggested) - Number(a.id === suggested) ||
              Number(b.eligible && !b.interested) - Number(a.eligible && !a.interested),
          )
          .map((c) => ({
            value: c.id,
            disabled: !c.eligible || c.interested,
            label: (
              <Space size={4} data-testid={`assignee-option-${c.id}`}>
                {c.name}
                <Tag>{t(`role.${c.role as 'agent'}`)}</Tag>
                {t('complaints.field.openLoad', { n: c.openComplaints })}
                {p?.suggestion?.id === c.id && <Tag color="green">{t('complaints.field.suggested')}</Tag>}
                {c.interested && <Tag color="red">{t('complaints.field.avoid')}</Tag>}
                {!c.eligible && !c.interested && <Tag>{t('complaints.field.notEligible')}</Tag>}
              </Space>
            ),
          }))}
      />
    </Form.Item>
  );
};

/** One dialog for every move: it asks for exactly what the move needs, and submits with the case version. */
export const ActionDialog = ({
  detail,
  action,
  onClose,
}: {
  detail: ComplaintDetail;
  action: DialogAction | null;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const change = useComplaintChange(detail.id);
  const { message, showError } = useFeedback();
  if (!action) return null;
  const ext = detail.nextExtension;
  // What the move asks for comes with the move; feedback is not a move of the machine and always needs its note.
  const move = detail.moves.find((m) => m.event === action);
  const noteRequired = action === 'feedback' || move?.noteRequired === true;
  const initial: Record<string, unknown> = {
    urgency: detail.complaint.urgency ?? 'normal',
    complexity: detail.complaint.complexity ?? 'simple',
    category: detail.complaint.category,
    channel: 'phone',
    remedyAmount: 0,
    score: 5,
    reason: 'appraisal',
    disasterRelated: detail.complaint.disasterRelated,
    regulatorDesignated: detail.complaint.regulatorDesignated,
    ...(action === 'requestReview' ? { channel: 'letter' } : {}),
    outcome: 'upheld',
  };
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await change.mutateAsync(
        action === 'feedback'
          ? { path: 'feedback', body: values }
          : { path: 'events', body: { ...values, event: action, version: detail.version } },
      );
      void message.success(t('action.done'));
      form.resetFields();
      onClose();
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.details.length > 0 &&
        applyFieldErrors(form, error, FIELDS).length === 0
      )
        return;
      showError(error);
    }
  };
  const title =
    action === 'feedback'
      ? t('complaints.detail.feedback')
      : (move ? (i18n.language === 'en' ? move.label.en : move.label.zh) : action) +
        (action === 'requestExtension' && ext
          ? ` — ${t('complaints.field.extension', { days: ext.totalDays, level: levelLabel(t, ext.approverLevel) })}`
          : '');
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={change.isPending}
      okButtonProps={testId('action-submit')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        key={action}
        data-testid={`dialog-${action}`}
      >
        {action === 'classify' && (
          <>
            <Form.Item name="urgency" label={t('complaints.field.urgency')}>
              <Select
                options={URGENCIES.map((u) => ({ value: u, label: t(`complaints.urgency.${u}`) }))}
                data-testid="classify-urgency"
              />
            </Form.Item>
            <Form.Item name="complexity" label={t('complaints.field.complexity')}>
              <Select
                options={COMPLEXITIES.map((c) => ({ value: c, label: t(`complaints.complexity.${c}`) }))}
                data-testid="classify-complexity"
              />
            </Form.Item>
            <Form.Item name="category" label={t('complaints.intake.category')}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))} />
            </Form.Item>
            {/* 办法 (2020) art. 29 ¶2 (一), (三): facts learnt after intake make the complaint major. */}
            <Form.Item name="disasterRelated" valuePropName="checked">
              <Checkbox data-testid="classify-disasterRelated">{t('complaints.major.disaster')}</Checkbox>
            </Form.Item>
            <Form.Item name="regulatorDesignated" valuePropName="checked">
              <Checkbox data-testid="classify-regulatorDesignated">
                {t('complaints.major.regulatorDesignated')}
              </Checkbox>
            </Form.Item>
          </>
        )}
        {action === 'assign' && <AssigneeField id={detail.id} />}
        {action === 'requestExtension' && ext?.noticeToComplainant && (
          <Form.Item
            name="noticeChannel"
            label={t('complaints.field.noticeChannel')}
            rules={[{ required: true }]}
          >
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          </Form.Item>
        )}
        {action === 'stopClock' && (
          <>
            <Form.Item name="reason" label={t('complaints.clock.reason')}>
              <Select
                options={CLOCK_STOP_REASONS.map((r) => ({ value: r, label: t(`complaints.clock.${r}`) }))}
                data-testid="clock-reason"
              />
            </Form.Item>
            <Form.Item
              name="noticeChannel"
              label={t('complaints.field.noticeChannel')}
              extra={t('complaints.clock.noticeHint')}
            >
              <Select
                allowClear
                options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                data-testid="clock-notice"
              />
            </Form.Item>
          </>
        )}
        {action === 'newFacts' && <p>{t('complaints.clock.newFactsHint')}</p>}
        {action === 'decide' && (
          <>
            {/* 办法 (2020) art. 19: the letter tells what was verified and the basis and reasons. */}
            <Form.Item
              name="findings"
              label={t('complaints.field.findings')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={2} maxLength={4000} data-testid="decide-findings" />
            </Form.Item>
            {/* C8: the decision is read by the complainant; the guard checks it as it is typed. */}
            <GuardedTextArea
              name="decision"
              label={t('complaints.field.decision')}
              rules={[{ required: true }]}
              rows={3}
              testId="decide-decision"
            />
            <Form.Item
              name="basis"
              label={t('complaints.field.basis')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={2} maxLength={4000} data-testid="decide-basis" />
            </Form.Item>
            <Form.Item name="remedy" label={t('complaints.field.remedy')}>
              <Input maxLength={500} data-testid="decide-remedy" />
            </Form.Item>
            <Form.Item name="remedyAmount" label={t('complaints.field.remedyAmount')}>
              <InputNumber
                {...YUAN_NUMBER_PROPS}
                min={0}
                max={100_000_000}
                precision={2}
                style={{ width: 200 }}
                data-testid="decide-amount"
              />
            </Form.Item>
          </>
        )}
        {action === 'withdraw' && <p>{t('complaints.withdrawHint')}</p>}
        {action === 'requestReview' && (
          <>
            <p>{t('complaints.review.requestHint', { day: detail.complaint.reviewLastDay ?? '' })}</p>
            <Form.Item name="channel" label={t('complaints.field.channel')}>
              <Select
                options={WRITTEN_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                data-testid="review-channel"
              />
            </Form.Item>
          </>
        )}
        {action === 'decideReview' && (
          <>
            <p>{t('complaints.review.decideHint')}</p>
            <Form.Item name="outcome" label={t('complaints.review.outcomeLabel')}>
              <Select
                options={REVIEW_OUTCOMES.map((o) => ({
                  value: o,
                  label: t(`complaints.review.outcome.${o}`),
                }))}
                data-testid="review-outcome"
              />
            </Form.Item>
          </>
        )}
        {(action === 'inform' || action === 'feedback' || action === 'withdraw') && (
          <Form.Item name="channel" label={t('complaints.field.channel')}>
            <Select
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              data-testid="action-channel"
            />
          </Form.Item>
        )}
        {action === 'recordCallback' ? (
          <>
            <Form.Item name="score" label={t('complaints.field.score')}>
              <Rate count={5} allowClear={false} data-testid="callback-score" />
            </Form.Item>
            <Form.Item name="comment" label={t('complaints.field.comment')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="callback-comment" />
            </Form.Item>
          </>
        ) : action === 'inform' || action === 'feedback' ? (
          // C8: what we tell the complainant is guarded like a case reply.
          <GuardedTextArea
            name="note"
            label={t('complaints.field.note')}
            rules={noteRequired ? [{ required: true, whitespace: true }] : []}
            rows={2}
            testId="action-note"
          />
        ) : (
          <Form.Item
            name="note"
            label={t('complaints.field.note')}
            rules={noteRequired ? [{ required: true, whitespace: true }] : []}
          >
            <Input.TextArea rows={2} maxLength={4000} data-testid="action-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};
