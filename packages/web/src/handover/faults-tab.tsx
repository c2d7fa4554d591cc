import { Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type EquipmentFault, useFaults, useMyHandovers, useRepairFault, useReportFault } from './api.ts';

const STATUSES = ['reported', 'repairing', 'fixed'] as const;
type FaultStatus = (typeof STATUSES)[number];
const isStatus = (v: unknown): v is FaultStatus => STATUSES.some((s) => s === v);

/** The equipment and line fault log (seed 002 §八): report, the repair record, the status. */
export const FaultsTab = () => {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const faults = useFaults();
  const report = useReportFault();
  const repair = useRepairFault();
  const [reporting, setReporting] = useState(false);
  const [repairing, setRepairing] = useState<EquipmentFault | null>(null);
  const mine = useMyHandovers();
  const [reportForm] = Form.useForm<{
    equipment: string;
    location: string;
    description: string;
    handoverId?: string;
  }>();
  const [repairForm] = Form.useForm<{ status: FaultStatus; note: string }>();
  const status = (s: string) => (isStatus(s) ? t(`handover.fault.statuses.${s}`) : s);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button {...testId('fault-report')} type="primary" onClick={() => setReporting(true)}>
        {t('handover.fault.report')}
      </Button>
      <Table
        {...testId('fault-log')}
        size="small"
        rowKey="id"
        loading={faults.isLoading}
        dataSource={faults.data?.items ?? []}
        columns={[
          { title: t('handover.fault.equipment'), dataIndex: 'equipment', key: 'equipment' },
          { title: t('handover.fault.location'), dataIndex: 'location', key: 'location' },
          { title: t('handover.fault.description'), dataIndex: 'description', key: 'description' },
          {
            title: t('handover.fault.status'),
            key: 'status',
            render: (_, f) => <Tag color={f.status === 'fixed' ? 'green' : 'orange'}>{status(f.status)}</Tag>,
          },
          {
            title: t('handover.fault.record'),
            key: 'record',
            render: (_, f) =>
              f.repairRecord.map((e) => (
                <div key={e.at}>
                  {formatTime(e.at)} {e.byName} {status(e.status)}：{e.note}
                </div>
              )),
          },
          { title: t('handover.fault.reportedAt'), key: 'at', render: (_, f) => formatTime(f.reportedAt) },
          {
            title: '',
            key: 'act',
            render: (_, f) =>
              f.status === 'fixed' ? null : (
                <Button size="small" onClick={() => setRepairing(f)}>
                  {t('handover.fault.update')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={reporting}
        title={t('handover.fault.report')}
        onCancel={() => setReporting(false)}
        confirmLoading={report.isPending}
        onOk={() =>
          void reportForm.validateFields().then((v) =>
            report.mutate(v, {
              onSuccess: () => {
                setReporting(false);
                reportForm.resetFields();
              },
              onError: showError,
            }),
          )
        }
      >
        <Form form={reportForm} layout="vertical">
          {(['equipment', 'location', 'description'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`handover.fault.${k}`)} rules={[{ required: true }]}>
              {k === 'description' ? <Input.TextArea rows={3} /> : <Input />}
            </Form.Item>
          ))}
          <Form.Item name="handoverId" label={t('handover.fault.shift')}>
            <Select
              allowClear
              options={(mine.data?.items ?? []).map((h) => ({
                value: h.id,
                label: `${h.post} ${formatTime(h.shiftStart)}`,
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={repairing !== null}
        title={t('handover.fault.update')}
        onCancel={() => setRepairing(null)}
        confirmLoading={repair.isPending}
        onOk={() =>
          void repairForm.validateFields().then((v) => {
            if (!repairing) return;
            repair.mutate(
              { id: repairing.id, version: repairing.version, ...v },
              { onSuccess: () => setRepairing(null), onError: showError },
            );
          })
        }
      >
        <Form form={repairForm} layout="vertical" initialValues={{ status: 'repairing' }}>
          <Form.Item name="status" label={t('handover.fault.newStatus')} rules={[{ required: true }]}>
            <Select options={STATUSES.slice(1).map((s) => ({ value: s, label: status(s) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('handover.fault.note')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};
