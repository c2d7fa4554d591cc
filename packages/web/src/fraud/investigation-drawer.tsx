import { Button, Descriptions, Drawer, Form, Input, Modal, Select, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type FraudInvestigation,
  type FraudMove,
  useAddEvidence,
  useFraudMove,
  useInvestigation,
} from './api.ts';
import { ScoreBreakdown } from './score-breakdown.tsx';

type Move = FraudInvestigation['moves'][number];
const OUTCOMES = ['confirmed', 'cleared', 'inconclusive'] as const;

/** One investigation file: the score explained, the evidence, and the moves the server offers this person now. */
export const InvestigationDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const q = useInvestigation(id);
  const d = q.data;
  const [move, setMove] = useState<Move | null>(null);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={760}
      title={d ? `${t('fraud.file')} ${d.caseNumber}` : ''}
    >
      {d && (
        <div {...testId('fraud-detail')}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('fraud.caseKind')}>{words(d.caseKind)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud.state')}>
              <Tag data-testid="fraud-state">{words(d.stateLabel)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud.assignee')}>{d.assignee?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fraud.outcome')}>
              {d.outcome ? words(d.outcome) : '—'}
            </Descriptions.Item>
            {d.conclusionReason && (
              <Descriptions.Item label={t('fraud.conclusionReason')} span={2}>
                {d.conclusionReason}
              </Descriptions.Item>
            )}
            {d.approvedBy && (
              <Descriptions.Item label={t('fraud.approvedBy')} span={2}>
                {d.approvedBy.name} · {formatTime(d.approvedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <h4 style={{ marginTop: 16 }}>{t('fraud.breakdown')}</h4>
          <ScoreBreakdown score={d.score} hits={d.hits} />
          <Space style={{ margin: '16px 0' }} wrap>
            {d.moves
              .filter((m) => m.allowed || !m.byRole)
              .map((m) => (
                <Button
                  key={m.event}
                  type="primary"
                  disabled={!m.allowed}
                  title={m.reason ? words(m.reason) : undefined}
                  onClick={() => setMove(m)}
                  {...testId(`fraud-move-${m.event}`)}
                >
                  {words(m.label)}
                </Button>
              ))}
          </Space>
          {d.canAddEvidence && <EvidenceForm id={d.id} />}
          <h4 style={{ marginTop: 16 }}>{t('fraud.entries')}</h4>
          <Timeline
            items={d.entries.map((e) => ({
              children: (
                <div>
                  <Tag>{words(e.kind)}</Tag> {e.by} · {formatTime(e.at)}
                  <div>{e.note}</div>
                  {e.documentRef && (
                    <div>
                      {t('fraud.documentRef')}: {e.documentRef}
                    </div>
                  )}
                </div>
              ),
            }))}
          />
          <MoveDialog file={d} move={move} onClose={() => setMove(null)} />
        </div>
      )}
    </Drawer>
  );
};

const EvidenceForm = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string; documentRef?: string }>();
  const add = useAddEvidence();
  const { showError } = useFeedback();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => add.mutate({ id, ...v }, { onSuccess: () => form.resetFields(), onError: showError })}
      {...testId('fraud-evidence-form')}
    >
      <Form.Item name="note" rules={[{ required: true, message: t('fraud.noteRequired') }]}>
        <Input placeholder={t('fraud.evidenceNote')} style={{ width: 320 }} />
      </Form.Item>
      <Form.Item name="documentRef">
        <Input placeholder={t('fraud.documentRef')} style={{ width: 160 }} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('fraud.addEvidence')}
      </Button>
    </Form>
  );
};

const MoveDialog = (p: { file: FraudInvestigation; move: Move | null; onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const [form] = Form.useForm<Omit<FraudMove, 'event'>>();
  const run = useFraudMove();
  const { showError } = useFeedback();
  const inputs = p.move?.inputs ?? [];
  const submit = (v: Omit<FraudMove, 'event'>) => {
    if (!p.move) return;
    run.mutate(
      { id: p.file.id, event: p.move.event, version: p.file.version, ...v },
      {
        onSuccess: () => {
          form.resetFields();
          p.onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open={p.move !== null}
      title={p.move ? words(p.move.label) : ''}
      onCancel={p.onClose}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      okButtonProps={testId('fraud-move-ok')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        {inputs.includes('assigneeGiven') && (
          <Form.Item name="assigneeId" label={t('fraud.assignee')} rules={[{ required: true }]}>
            <Select
              options={p.file.investigators.map((u) => ({ value: u.id, label: u.name }))}
              {...testId('fraud-assignee')}
            />
          </Form.Item>
        )}
        {inputs.includes('outcomeGiven') && (
          <Form.Item name="outcome" label={t('fraud.outcome')} rules={[{ required: true }]}>
            <Select
              options={OUTCOMES.map((o) => ({ value: o, label: t(`fraud.outcomes.${o}`) }))}
              {...testId('fraud-outcome')}
            />
          </Form.Item>
        )}
        {inputs.includes('noted') && (
          <Form.Item
            name="note"
            label={t('fraud.note')}
            rules={[{ required: true, message: t('fraud.noteRequired') }]}
          >
            <Input.TextArea rows={3} {...testId('fraud-note')} />
          </Form.Item>
        )}
        {inputs.length === 0 && <p>{t('fraud.confirmMove')}</p>}
      </Form>
    </Modal>
  );
};
