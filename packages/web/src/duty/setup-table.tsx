import {
  Button,
  Form,
  type FormInstance,
  Modal,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';

type Props<R extends { id: string }, V> = {
  rows: readonly R[];
  loading: boolean;
  columns: TableColumnsType<R>;
  /** The test id stem: `${stem}-add`, `${stem}-save`, `${stem}-edit-${key}`, `${stem}-delete-${key}`. */
  stem: string;
  /** What a row is called in its test ids (the post's name, the shift's code). */
  keyOf: (row: R) => string;
  words: { add?: string; edit: string; title: (row: R | 'new') => string };
  /** The form's values for a row, or for a new one (no `add` word: no new rows). */
  initial: (row: R | 'new') => V;
  save: (row: R | 'new', values: V) => Promise<unknown>;
  remove: (row: R) => Promise<unknown>;
  busy: boolean;
  addDisabled?: boolean;
  /** The form's items; they read and write the values through the form given. */
  children: (form: FormInstance<V>) => ReactNode;
};

/**
 * One setup table of the duty desk (posts, shift templates, agent skills): the rows, an edit dialog with the
 * form, and a delete behind a confirmation; the server's refusal (a published plan uses it) is shown as phrased.
 */
export const SetupTable = <R extends { id: string }, V extends object>(p: Props<R, V>) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const [form] = Form.useForm<V>();
  const open = (row: R | 'new') => {
    setEditing(row);
    form.resetFields();
    form.setFieldsValue(p.initial(row) as Parameters<typeof form.setFieldsValue>[0]);
  };
  const done = (text: string) => () => void message.success(text);
  const submit = (values: V) =>
    editing &&
    p
      .save(editing, values)
      .then(() => setEditing(null))
      .then(done(t('duty.saved')), showError);
  const actions: TableColumnsType<R>[number] = {
    title: '',
    key: 'actions',
    render: (_, row) => (
      <Space>
        <Button size="small" onClick={() => open(row)} {...testId(`${p.stem}-edit-${p.keyOf(row)}`)}>
          {p.words.edit}
        </Button>
        <Popconfirm
          title={t('duty.setup.confirmDelete', { name: p.keyOf(row) })}
          okText={t('duty.setup.delete')}
          okButtonProps={{ danger: true, ...testId(`${p.stem}-delete-ok`) }}
          onConfirm={() => p.remove(row).then(done(t('duty.setup.deleted')), showError)}
        >
          <Button size="small" danger {...testId(`${p.stem}-delete-${p.keyOf(row)}`)}>
            {t('duty.setup.delete')}
          </Button>
        </Popconfirm>
      </Space>
    ),
  };
  return (
    <>
      {p.words.add && (
        <Button
          type="primary"
          onClick={() => open('new')}
          style={{ marginBottom: 12 }}
          disabled={p.addDisabled}
          {...testId(`${p.stem}-add`)}
        >
          {p.words.add}
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={p.loading}
        dataSource={[...p.rows]}
        columns={[...p.columns, actions]}
      />
      <Modal
        open={editing !== null}
        title={editing === null ? '' : p.words.title(editing)}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ ...testId(`${p.stem}-save`), loading: p.busy }}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          {p.children(form)}
        </Form>
      </Modal>
    </>
  );
};
