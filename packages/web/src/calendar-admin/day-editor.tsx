import { Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDayType, CalendarSummary } from '../api/types.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { useSetDay } from './api.ts';
import type { DayInfo } from './day-types.ts';

const TYPES = { national: ['holiday', 'makeUpWorkday'], branch: ['closed', 'open'] } as const;

type Values = { type: CalendarDayType | 'default'; name?: string };

/** Sets one day of a calendar to a type its kind allows, or back to the default; the server re-checks it. */
export const DayEditor = ({
  calendar,
  day,
  info,
  onClose,
}: {
  calendar: CalendarSummary;
  day: string | null;
  info: DayInfo | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm<Values>();
  const setDay = useSetDay(calendar.id);
  const type = Form.useWatch('type', form);

  useEffect(() => {
    if (day) form.setFieldsValue({ type: info?.own?.type ?? 'default', name: info?.own?.name ?? '' });
  }, [day, info, form]);

  const save = async () => {
    if (!day) return;
    const values = await form.validateFields();
    const name = values.name?.trim();
    setDay.mutate(
      {
        day,
        type: values.type === 'default' ? null : values.type,
        ...(values.type !== 'default' && name ? { name } : {}),
        version: calendar.version,
      },
      {
        onSuccess: (r) => {
          void message.success(t('calendar.saved', { moved: r.movedDeadlines }));
          onClose();
        },
        onError: showError,
      },
    );
  };

  return (
    <Modal
      open={day !== null}
      title={t('calendar.dayTitle', { day })}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={setDay.isPending}
      okButtonProps={testId('day-save')}
      destroyOnHidden
    >
      {info?.base && (
        <Typography.Paragraph type="secondary">
          {t('calendar.base', { name: `${t(`calendar.types.${info.base.type}`)} · ${info.base.name}` })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="type" label={t('calendar.setTo')}>
          <Radio.Group data-testid="day-type">
            <Radio value="default">{t('calendar.clear')}</Radio>
            {TYPES[calendar.kind].map((k) => (
              <Radio key={k} value={k} data-testid={`day-type-${k}`}>
                {t(`calendar.types.${k}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {type !== 'default' && (
          <Form.Item name="name" label={t('calendar.name')} rules={[{ max: 50 }]}>
            <Input data-testid="day-name" maxLength={50} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};
