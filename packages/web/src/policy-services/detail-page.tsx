import { FilePdfOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Skeleton,
  Space,
  Tag,
  Tooltip,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { CaseTimeline } from '../cases/case-timeline.tsx';
import { CaseDeadlines } from '../deadlines/case-deadlines.tsx';
import { testId } from '../shell/format.ts';
import { formatYuan, yuanToFen } from '../shell/money.ts';
import {
  CHANGE_TYPE_LABELS,
  type MoveBody,
  POLICY_SERVICE_STATE_LABELS,
  type ServiceMove,
  SURRENDER_REASON_LABELS,
  useService,
  useServiceMove,
} from './api.ts';
import { ChangeView } from './change-view.tsx';

type DialogValues = { note?: string; recipient?: string; refund?: string };

/** One surrender or endorsement: the policy, the reason or change, the documents, the moves the server offers. */
export const PolicyServiceDetailPage = () => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const { id = '' } = useParams();
  const query = useService(id);
  const move = useServiceMove(id);
  const [asking, setAsking] = useState<ServiceMove | null>(null);
  const [received, setReceived] = useState<string[] | null>(null);
  const [form] = Form.useForm<DialogValues>();
  const d = query.data;
  if (!d) return <Skeleton active />;
  const s = d.service;
  const kind = s.kind as 'surrender' | 'endorsement';
  const run = (body: MoveBody) =>
    move.mutate({ ...body, version: d.version }, { onSuccess: () => setAsking(null) });
  const ticked = received ?? s.documents.filter((x) => x.received).map((x) => x.id);
  const mayRecord = d.moves.some((m) => m.event === 'recordDocuments' && m.allowed);
  const start = (m: ServiceMove) => {
    move.reset();
    form.resetFields();
    setAsking(m);
  };
  const confirm = (v: DialogValues) => {
    if (!asking) return;
    const note = v.note?.trim() ? { note: v.note.trim() } : {};
    if (asking.event === 'handOver')
      run({ event: 'handOver', recipient: v.recipient?.trim() ?? '', ...note });
    else if (asking.event === 'complete') {
      const fen = v.refund?.trim() ? yuanToFen(v.refund) : null;
      run({ event: 'complete', ...(fen === null ? {} : { refundFen: fen }), ...note });
    } else run({ event: asking.event as 'decline' | 'withdraw', ...note });
  };
  const asks = (name: string) => asking?.inputs.includes(name) ?? false;

  return (
    <Flex vertical gap={16} data-testid="policy-service">
      <Card
        title={
          <Space>
            {t(kind === 'surrender' ? 'caseKinds.surrender' : 'caseKinds.endorsement')}
            <span data-testid="service-number">{d.number}</span>
            <Tag color="blue" data-testid="service-state" data-state={s.state}>
              {say(POLICY_SERVICE_STATE_LABELS[s.state as keyof typeof POLICY_SERVICE_STATE_LABELS])}
            </Tag>
          </Space>
        }
        extra={
          <Button
            icon={<FilePdfOutlined />}
            href={`/api/policy-services/${d.id}/form.pdf`}
            target="_blank"
            data-testid="service-form-pdf"
          >
            {t('policyService.form')}
          </Button>
        }
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t('policyService.policy')}>
            {s.policy.policyNo}（{s.policy.product}）{s.policy.policyholderNameMasked} /{' '}
            {s.policy.insuredNameMasked}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.customerName')}>{d.customerName ?? '—'}</Descriptions.Item>
          {s.reason && (
            <Descriptions.Item label={t('policyService.reason')}>
              <span data-testid="service-reason">
                {say(SURRENDER_REASON_LABELS[s.reason as keyof typeof SURRENDER_REASON_LABELS])}
                {s.reasonNote ? `：${s.reasonNote}` : ''}
              </span>
            </Descriptions.Item>
          )}
          {s.changeType && (
            <Descriptions.Item label={t('policyService.changeType')}>
              {say(CHANGE_TYPE_LABELS[s.changeType as keyof typeof CHANGE_TYPE_LABELS])}
              {s.holderVerified && (
                <Tag color="green" style={{ marginLeft: 8 }}>
                  {t('policyService.holderVerified')}
                </Tag>
              )}
            </Descriptions.Item>
          )}
          {s.recipient && (
            <Descriptions.Item label={t('policyService.recipient')}>{s.recipient}</Descriptions.Item>
          )}
          {s.refundFen !== null && (
            <Descriptions.Item label={t('policyService.refund')}>
              <span data-testid="service-refund">{formatYuan(s.refundFen)}</span>
              {s.refundSource &&
                `（${t(`policyService.refundSource.${s.refundSource as 'core' | 'entered'}`)}）`}
            </Descriptions.Item>
          )}
          {s.outcomeNote && (
            <Descriptions.Item label={t('policyService.outcome')}>{s.outcomeNote}</Descriptions.Item>
          )}
        </Descriptions>
        {s.change && <ChangeView id={d.id} change={s.change} />}
        {move.error && !asking && (
          <Alert type="error" message={move.error.message} data-testid="service-move-error" />
        )}
        <Flex wrap gap={8} style={{ marginTop: 12 }} data-testid="service-actions">
          {d.moves
            .filter((m) => m.event !== 'recordDocuments' && (m.allowed || !m.byRole))
            .map((m) => (
              <Tooltip key={m.event} title={m.reason ? say(m.reason) : undefined}>
                <Button
                  type={m.allowed ? 'primary' : 'default'}
                  disabled={!m.allowed}
                  onClick={() => start(m)}
                  data-testid={`service-action-${m.event}`}
                >
                  {say(m.label)}
                </Button>
              </Tooltip>
            ))}
        </Flex>
      </Card>
      <Card title={t('policyService.documents')} data-testid="service-documents">
        <Checkbox.Group
          value={ticked}
          disabled={!mayRecord}
          onChange={(v) => setReceived(v as string[])}
          options={s.documents.map((x) => ({ value: x.id, label: say(x) }))}
        />
        {mayRecord && (
          <div style={{ marginTop: 12 }}>
            <Button
              loading={move.isPending && !asking}
              disabled={received === null}
              onClick={() =>
                move.mutate(
                  { event: 'recordDocuments', received: ticked, version: d.version },
                  { onSuccess: () => setReceived(null) },
                )
              }
              data-testid="service-save-documents"
            >
              {t('policyService.saveDocuments')}
            </Button>
          </div>
        )}
      </Card>
      {d.deadlines.length > 0 && (
        <Card title={t('deadline.title')}>
          <CaseDeadlines deadlines={d.deadlines} />
        </Card>
      )}
      <Card title={t('detail.timeline')}>
        <CaseTimeline caseId={d.id} events={d.events} />
      </Card>
      <Modal
        open={asking !== null}
        title={asking ? say(asking.label) : ''}
        okText={t('policyService.confirm')}
        okButtonProps={testId('service-dialog-ok')}
        confirmLoading={move.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => void form.validateFields().then(confirm)}
        destroyOnHidden
      >
        {move.error && <Alert type="error" message={move.error.message} data-testid="service-dialog-error" />}
        <Form form={form} layout="vertical" preserve={false}>
          {asks('recipient') && (
            <Form.Item name="recipient" label={t('policyService.recipient')} rules={[{ required: true }]}>
              <Input data-testid="service-recipient" />
            </Form.Item>
          )}
          {asking?.event === 'complete' && kind === 'surrender' && (
            <Form.Item
              name="refund"
              label={t('policyService.refundYuan')}
              extra={t('policyService.refundHint')}
              rules={[
                {
                  validator: (_r, v: string | undefined) =>
                    !v?.trim() || yuanToFen(v) !== null
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('policyService.refundInvalid'))),
                },
              ]}
            >
              <Input inputMode="decimal" data-testid="service-refund-input" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('policyService.note')} rules={[{ required: asks('note') }]}>
            <Input.TextArea rows={3} data-testid="service-note" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
};
