import { type ClaimRuleKey, diffClaimRules } from '@claimline/domain/claims';
import { Alert, Button, Card, Flex, Form, Input, Result, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { RuleItem } from './rule-item.tsx';
import { type ClaimRulesView, useClaimRules, useSaveClaimRules } from './rules-api.ts';
import {
  asRules,
  type FormValue,
  fieldErrors,
  fromFormValues,
  pathOf,
  type RuleFormValues,
  toFormValues,
} from './rules-form.ts';

const SECTIONS = ['majorCase', 'sameLoss', 'scene', 'claimTimeLimitYears'] as const;

type Values = { rules: RuleFormValues; note?: string };

const initialValues = (data: ClaimRulesView): Values => ({
  rules: toFormValues(data.rules, data.fields),
  note: '',
});

const VersionLine = ({ data }: { data: ClaimRulesView }) => {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong data-testid="claim-rules-version" data-version={data.version}>
        {data.version === 0
          ? t('claimRules.versionDefault')
          : t('claimRules.version', { version: data.version })}
      </Typography.Text>
      {data.savedBy && (
        <Typography.Text type="secondary" data-testid="claim-rules-saved-by">
          {t('claimRules.savedBy', { by: data.savedBy, at: formatTime(data.savedAt), note: data.note })}
        </Typography.Text>
      )}
    </Flex>
  );
};

/**
 * 报案规则 (issue #4): the claimRules setting as a form. Amounts are typed in yuan and sent in fen; each rule
 * shows its default and source; a save is a new version on the one the page loaded, refused if someone saved in
 * between (then reload). Head office only; the menu and the route need claimRules.manage.
 */
export const ClaimRulesPage = () => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const query = useClaimRules();
  const save = useSaveClaimRules();
  const [form] = Form.useForm<Values>();
  const [values, setValues] = useState<Values | null>(null);
  const [conflict, setConflict] = useState(false);
  const data = query.data;
  useEffect(() => {
    if (data) setValues(initialValues(data));
  }, [data]);

  if (query.error) return <Result status="error" title={query.error.message} />;
  if (!data || !values) return <Skeleton active />;

  const input = fromFormValues(values.rules, data.fields);
  const changes = input ? diffClaimRules(data.rules, asRules(input, data.rules)) : [];
  const changed = new Set<ClaimRuleKey>(changes.map((c) => c.key));
  const typed = (key: ClaimRuleKey): FormValue => {
    const [group, name] = pathOf(key);
    return values.rules[group]?.[name];
  };

  const onFinish = (v: Values) => {
    const rules = fromFormValues(v.rules, data.fields);
    if (!rules) return;
    save.mutate(
      { baseVersion: data.version, note: (v.note ?? '').trim(), rules },
      {
        onSuccess: (saved) => void message.success(t('claimRules.saved', { version: saved.version })),
        onError: (error) => {
          if (isApiError(error, 'CLAIM_RULES_VERSION_CONFLICT')) setConflict(true);
          if (isApiError(error, 'VALIDATION_FAILED'))
            form.setFields(fieldErrors(error.details) as Parameters<typeof form.setFields>[0]);
          showError(error);
        },
      },
    );
  };

  return (
    <Card title={t('claimRules.title')} data-testid="claim-rules">
      <Flex vertical gap={16} style={{ maxWidth: 820 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('claimRules.intro')}
        </Typography.Paragraph>
        <VersionLine data={data} />
        {!data.editable && <Alert type="info" showIcon title={t('claimRules.readOnly')} />}
        {conflict && (
          <Alert
            type="warning"
            showIcon
            data-testid="claim-rules-conflict"
            title={t('claimRules.conflict')}
            action={
              <Button
                size="small"
                onClick={() => void query.refetch().then(() => setConflict(false))}
                data-testid="claim-rules-reload"
              >
                {t('claimRules.reload')}
              </Button>
            }
          />
        )}
        {/* A new version (a save, or a reload after a conflict) starts the form again from what is in force. */}
        <Form<Values>
          key={data.version}
          form={form}
          layout="vertical"
          disabled={!data.editable}
          initialValues={initialValues(data)}
          onValuesChange={(_changed, all) => setValues(all)}
          onFinish={onFinish}
        >
          {SECTIONS.map((section) => (
            <section key={section} data-testid={`rules-section-${section}`}>
              <Typography.Title level={5}>{t(`claimRules.sections.${section}`)}</Typography.Title>
              {data.fields
                .filter((f) => f.key.startsWith(`${section}.`))
                .map((f) => (
                  <RuleItem
                    key={f.key}
                    field={f}
                    defaults={data.defaults}
                    value={typed(f.key)}
                    changed={changed.has(f.key)}
                  />
                ))}
              {section === 'majorCase' && data.reportDeadline && (
                <Alert
                  type="info"
                  style={{ marginBottom: 24 }}
                  data-testid="rules-report-deadline"
                  title={t('claimRules.reportDeadline', {
                    amount: data.reportDeadline.amount,
                    rule: data.reportDeadline.ruleId,
                    source: data.reportDeadline.source,
                  })}
                />
              )}
            </section>
          ))}
          <Form.Item
            name="note"
            label={t('claimRules.note')}
            extra={t('claimRules.noteHint')}
            rules={[{ required: true, whitespace: true, message: t('claimRules.required') }]}
          >
            <Input maxLength={500} style={{ maxWidth: 520 }} data-testid="claim-rules-note" />
          </Form.Item>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              disabled={!data.editable || changes.length === 0}
              data-testid="claim-rules-save"
            >
              {t('claimRules.save')}
            </Button>
            <Typography.Text type="secondary" data-testid="claim-rules-changes">
              {changes.length > 0
                ? t('claimRules.changes', { count: changes.length })
                : t('claimRules.noChanges')}
            </Typography.Text>
          </Space>
        </Form>
      </Flex>
    </Card>
  );
};
