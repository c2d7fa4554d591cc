import { Button, Card, Col, Form, Input, InputNumber, Row, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type HotlineSettings, useDesk, useSaveSettings } from './api.ts';
import { GuardedTextArea } from './guarded-text-area.tsx';
import { PackEditor } from './pack-editor.tsx';
import { PhrasePanel } from './phrase-panel.tsx';

const SettingsForm = () => {
  const { t } = useTranslation();
  const desk = useDesk();
  const save = useSaveSettings();
  const { message, showError } = useFeedback();
  if (!desk.data) return null;
  return (
    <Form<HotlineSettings>
      layout="vertical"
      style={{ maxWidth: 420 }}
      initialValues={desk.data.settings}
      onFinish={(v) =>
        save.mutate(v, { onSuccess: () => void message.success(t('action.done')), onError: showError })
      }
    >
      <Form.Item name="lineName" label={t('hotline.settings.lineName')} rules={[{ required: true, max: 30 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="ringSeconds" label={t('hotline.settings.ringSeconds')} rules={[{ required: true }]}>
        <InputNumber min={1} max={30} />
      </Form.Item>
      <Form.Item
        name="answerWithinRings"
        label={t('hotline.settings.answerWithinRings')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={20} />
      </Form.Item>
      <Form.Item
        name="complaintReplyHours"
        label={t('hotline.settings.complaintReplyHours')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={720} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.submit')}
      </Button>
    </Form>
  );
};

/** 话术: the phrase panel and a guard scratchpad for every agent; pack editing for the service manager. */
export const ScriptsPage = () => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const manage = hasPermission(me, 'script.manage');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <PhrasePanel />
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('hotline.guard.scratchpad')}>
          <Form layout="vertical">
            <GuardedTextArea name="text" label={t('hotline.guard.scratchpadHint')} testId="scratchpad" />
          </Form>
        </Card>
      </Col>
      {manage && (
        <Col span={24}>
          <Card title={t('hotline.admin.title')} data-testid="scripts-admin">
            <Tabs
              items={[
                {
                  key: 'forbidden',
                  label: t('hotline.admin.forbidden'),
                  children: <PackEditor kind="forbidden" />,
                },
                {
                  key: 'standard',
                  label: t('hotline.admin.standard'),
                  children: <PackEditor kind="standard" />,
                },
                { key: 'qa', label: t('hotline.admin.qa'), children: <PackEditor kind="qa" /> },
                { key: 'settings', label: t('hotline.admin.settings'), children: <SettingsForm /> },
              ]}
            />
          </Card>
        </Col>
      )}
    </Row>
  );
};
