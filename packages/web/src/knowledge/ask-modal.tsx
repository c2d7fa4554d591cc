import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth.ts';
import { useUsers } from '../api/directory.ts';
import { testId } from '../shell/format.ts';
import { useAsk } from './api.ts';

/**
 * "Not sure" (seed 002 §三(一)3): the question goes to a colleague or the team lead, who is notified. The case's
 * clock is not paused, and the dialog says so.
 */
export const AskModal = ({
  open,
  question,
  caseId,
  onClose,
}: {
  open: boolean;
  question: string;
  caseId?: string | undefined;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const users = useUsers(undefined, open);
  const ask = useAsk();
  const [form] = Form.useForm<{ askedTo: string; question: string }>();
  const options = (users.data ?? [])
    .filter((u) => u.id !== me?.id)
    .map((u) => ({ value: u.id, label: `${u.displayName}（${t(`role.${u.role}`)} · ${u.branchName}）` }));
  return (
    <Modal
      open={open}
      title={t('knowledge.ask.title')}
      okText={t('knowledge.ask.send')}
      confirmLoading={ask.isPending}
      destroyOnHidden
      onCancel={onClose}
      okButtonProps={testId('knowledge-ask-send')}
      onOk={() =>
        void form.validateFields().then((v) =>
          ask.mutate(
            { ...v, ...(caseId ? { caseId } : {}) },
            {
              onSuccess: () => {
                void message.success(t('knowledge.ask.sent'));
                onClose();
              },
            },
          ),
        )
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('knowledge.ask.clockRunning')} />
      <Form form={form} layout="vertical" initialValues={{ question }} preserve={false}>
        <Form.Item name="askedTo" label={t('knowledge.ask.to')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} data-testid="knowledge-ask-to" />
        </Form.Item>
        <Form.Item name="question" label={t('knowledge.ask.question')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} data-testid="knowledge-ask-question" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
