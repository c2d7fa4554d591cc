import { type ClaimRuleKey, diffClaimRules } from '@claimline/domain/claims';
import { Alert, Card, Flex, Form, Result, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { RulesBanners, RulesSaveBar, RulesVersionLine } from '../shell/versioned-rules.tsx';
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

  // The form keeps what was typed across versions; a reload after a conflict starts again from what is in force.
  const reload = () =>
    void query.refetch().then((r) => {
      if (r.data) {
        form.setFieldsValue(initialValues(r.data));
        setValues(initialValues(r.data));
      }
      setConflict(false);
    });
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
        <RulesVersionLine data={data} ns="claimRules" id="claim-rules" />
        <RulesBanners
          editable={data.editable}
          conflict={conflict}
          onReload={reload}
          ns="claimRules"
          id="claim-rules"
        />
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
          <RulesSaveBar
            ns="claimRules"
            id="claim-rules"
            saving={save.isPending}
            editable={data.editable}
            changes={changes.length}
          />
        </Form>
      </Flex>
    </Card>
  );
};
