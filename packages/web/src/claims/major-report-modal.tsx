import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { YUAN_NUMBER_PROPS } from '../shell/money-input.tsx';
import { useFeedback } from '../shell/use-feedback.ts';
import { useMajorReport } from './api.ts';

type Values = { summary: string; measuresTaken: string; estimatedLossYuan: number; reportedTo: string };

/** The major-case report to head office (seed 003 重大案件 "向总部呈报"); submitting it meets the 24-hour deadline. */
export const MajorReportModal = ({
  caseId,
  open,
  onClose,
}: {
  caseId: string;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = useMajorReport(caseId);
  const { showError } = useFeedback();
  const required = [{ required: true, whitespace: true, message: t('claims.required') }];
  return (
    <Modal
      open={open}
      title={t('claims.majorReport')}
      onCancel={onClose}
      okButtonProps={{ loading: submit.isPending, ...{ 'data-testid': 'major-report-submit' } }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ reportedTo: '总公司理赔部' }}
        onFinish={(v) => submit.mutate(v, { onSuccess: onClose, onError: showError })}
      >
        <Form.Item
          name="summary"
          label={t('claims.summary')}
          rules={[...required, { min: 10, message: t('claims.required') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} data-testid="major-report-summary" />
        </Form.Item>
        <Form.Item name="measuresTaken" label={t('claims.measuresTaken')} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="major-report-measures" />
        </Form.Item>
        <Form.Item
          name="estimatedLossYuan"
          label={t('claims.estimatedLoss')}
          rules={[{ required: true, message: t('claims.required') }]}
        >
          <InputNumber
            {...YUAN_NUMBER_PROPS}
            min={0}
            precision={2}
            style={{ width: 200 }}
            data-testid="major-report-loss"
          />
        </Form.Item>
        <Form.Item name="reportedTo" label={t('claims.reportedTo')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
