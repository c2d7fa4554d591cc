import {
  type ComplaintClockField,
  type ComplaintRuleSettings,
  DECISION_UNITS,
} from '@claimline/domain/complaints';
import { Alert, Flex, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { RulesBanners, RulesSaveBar, RulesVersionLine } from '../shell/versioned-rules.tsx';
import { type ComplaintRulesView, useComplaintRules, useSaveComplaintRules } from './rules-admin-api.ts';
import {
  changedKeys,
  complete,
  fieldErrors,
  localProblems,
  normalise,
  type RulesFormValues,
} from './rules-admin-form.ts';
import { Authority, Changed, Matrix } from './rules-tables.tsx';

/** One clock setting: its bounds, its default and its source (the article when the statute sets the bound). */
const ClockItem = ({
  f,
  data,
  changed,
}: {
  f: ComplaintClockField;
  data: ComplaintRulesView;
  changed: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const def = data.defaults.clock[f.key];
  const extra = (
    <Flex vertical data-testid={`clock-extra-${f.key}`}>
      <span>
        {t('complaintRules.defaultValue', {
          value:
            typeof def === 'string'
              ? t(`complaintRules.units.${def}` as 'complaintRules.units.naturalDays')
              : def,
        })}
      </span>
      <span>{t('complaintRules.source', { source: f.source[english ? 'en' : 'zh'] })}</span>
      {f.key === 'unit' && (
        <Typography.Text type="warning">{t('complaintRules.unitCaution')}</Typography.Text>
      )}
    </Flex>
  );
  const label = (
    <Space>
      {t(`complaintRules.clock.${f.key}`)}
      <Changed on={changed} id={`clock.${f.key}`} />
    </Space>
  );
  return (
    <Form.Item name={['rules', 'clock', f.key]} label={label} extra={extra} required>
      {f.key === 'unit' ? (
        <Select
          style={{ maxWidth: 360 }}
          data-testid="clock-unit"
          options={DECISION_UNITS.map((u) => ({ value: u, label: t(`complaintRules.units.${u}`) }))}
        />
      ) : (
        <InputNumber min={f.min} max={f.max} precision={0} data-testid={`clock-${f.key}`} />
      )}
    </Form.Item>
  );
};

const initial = (data: ComplaintRulesView): RulesFormValues => ({ rules: data.rules, note: '' });

/**
 * The clock, the matrix and the authority table as one form and one versioned save (head office): each value
 * with its default and source, changed values marked, the domain's checks before sending, a conflict banner.
 */
export const ComplaintRulesEditor = () => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { message, showError } = useFeedback();
  const query = useComplaintRules();
  const save = useSaveComplaintRules();
  const [form] = Form.useForm<RulesFormValues>();
  const [values, setValues] = useState<RulesFormValues | null>(null);
  const [conflict, setConflict] = useState(false);
  const data = query.data;
  useEffect(() => {
    if (data) setValues(initial(data));
  }, [data]);
  if (!data || !values) return null;

  const typed = values.rules ? normalise(values.rules) : undefined;
  const changed = changedKeys(data.rules, typed);
  // The form keeps what was typed across versions; a reload after a conflict starts again from what is in force.
  const reload = () =>
    void query.refetch().then((r) => {
      if (r.data) {
        form.setFieldsValue(initial(r.data));
        setValues(initial(r.data));
      }
      setConflict(false);
    });
  const onFinish = (v: RulesFormValues) => {
    const rules = normalise(v.rules as ComplaintRuleSettings);
    if (!complete(rules)) return;
    const problems = localProblems(rules, english);
    if (problems.length > 0) {
      form.setFields(fieldErrors(problems) as Parameters<typeof form.setFields>[0]);
      return;
    }
    save.mutate(
      { baseVersion: data.version, note: (v.note ?? '').trim(), rules },
      {
        onSuccess: (saved) => void message.success(t('complaintRules.saved', { version: saved.version })),
        onError: (error) => {
          if (isApiError(error, 'COMPLAINT_RULES_VERSION_CONFLICT')) setConflict(true);
          if (isApiError(error, 'VALIDATION_FAILED'))
            form.setFields(fieldErrors(error.details) as Parameters<typeof form.setFields>[0]);
          showError(error);
        },
      },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <RulesVersionLine data={data} ns="complaintRules" id="complaint-rules" />
      <RulesBanners
        editable={data.editable}
        conflict={conflict}
        onReload={reload}
        ns="complaintRules"
        id="complaint-rules"
      />
      {/* A new version (a save, or a reload after a conflict) starts the form again from what is in force. */}
      <Form<RulesFormValues>
        key={data.version}
        form={form}
        layout="vertical"
        disabled={!data.editable}
        initialValues={initial(data)}
        onValuesChange={(_c, all) => setValues(all)}
        onFinish={onFinish}
      >
        <Typography.Title level={5}>{t('complaintRules.sections.clock')}</Typography.Title>
        {data.decisionRule && (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            data-testid="complaint-decision-rule"
            title={t('complaintRules.decisionRule', { rule: data.decisionRule.ruleId })}
          />
        )}
        {data.fields.map((f) => (
          <ClockItem key={f.key} f={f} data={data} changed={changed.has(`clock.${f.key}`)} />
        ))}
        <Typography.Title level={5}>{t('complaintRules.sections.matrix')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('complaintRules.source', { source: data.sources.matrix[english ? 'en' : 'zh'] })}
        </Typography.Paragraph>
        <Matrix changed={changed} />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('complaintRules.sections.authority')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('complaintRules.source', { source: data.sources.authority[english ? 'en' : 'zh'] })}
        </Typography.Paragraph>
        <Authority changed={changed} />
        <RulesSaveBar
          ns="complaintRules"
          id="complaint-rules"
          saving={save.isPending}
          editable={data.editable}
          changes={changed.size}
          noteStyle={{ marginTop: 24 }}
        />
      </Form>
    </Flex>
  );
};
