import { Checkbox, Form, type FormInstance, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { GuardedTextArea } from '../scripts/guarded-text-area.tsx';
import { testId } from '../shell/format.ts';

export type NoteValues = { note?: string; firstContactResolution?: boolean; overrideReason?: string };

type Props = {
  /** Names the modal in tests: `${name}-modal`, `${name}-note`, `${name}-submit`. */
  name: string;
  open: boolean;
  title: string;
  noteLabel: string;
  /** The message shown when the note is required and empty; no message means the note is optional. */
  requiredMessage?: string;
  withFcr?: boolean;
  noteMax?: number;
  /** Customer-visible text: checked by the forbidden-phrase guard (C8). */
  guarded?: boolean;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (values: NoteValues, form: FormInstance<NoteValues>) => void;
};

export const NOTE_MAX = 4000;

/** A small modal asking for a note (answer, resolve, reopen, add note, decline a transfer). */
export const NoteModal = (props: Props) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<NoteValues>();
  const required = props.requiredMessage !== undefined;
  const max = props.noteMax ?? NOTE_MAX;
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      confirmLoading={props.loading}
      destroyOnHidden
      okButtonProps={testId(`${props.name}-submit`)}
      {...testId(`${props.name}-modal`)}
    >
      <Form<NoteValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ firstContactResolution: props.withFcr ? true : undefined }}
        onFinish={(values) => {
          if (!props.loading)
            props.onSubmit(
              {
                ...values,
                note: values.note?.trim() || undefined,
                overrideReason: values.overrideReason?.trim() || undefined,
              },
              form,
            );
        }}
      >
        {props.withFcr && (
          <Form.Item name="firstContactResolution" valuePropName="checked">
            <Checkbox data-testid={`${props.name}-fcr`}>{t('action.fcr')}</Checkbox>
          </Form.Item>
        )}
        {props.guarded ? (
          <GuardedTextArea
            name="note"
            label={props.noteLabel}
            testId={`${props.name}-note`}
            autoFocus
            rules={[
              { required, whitespace: required, message: props.requiredMessage },
              { max, message: `≤ ${max}` },
            ]}
          />
        ) : (
          <Form.Item
            name="note"
            label={props.noteLabel}
            rules={[
              { required, whitespace: required, message: props.requiredMessage },
              { max, message: `≤ ${max}` },
            ]}
          >
            <Input.TextArea rows={4} autoFocus data-testid={`${props.name}-note`} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};
