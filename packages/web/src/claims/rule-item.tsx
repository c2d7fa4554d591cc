import {
  type ClaimRuleField,
  type ClaimRules,
  type ClaimRuleValue,
  claimRuleValue,
  PERIL_CODES,
  PERILS,
  type PerilCode,
} from '@claimline/domain/claims';
import { Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { type FormValue, formatYuan, parseYuan, pathOf } from './rules-form.ts';

const perilLabel = (code: string, english: boolean) =>
  code in PERILS ? PERILS[code as PerilCode][english ? 'en' : 'zh'] : code;

/** A value as a sentence part: "500,000.00 元", "24 小时", "火灾、爆炸、盗抢". */
const useShow = () => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (field: ClaimRuleField, v: ClaimRuleValue) => {
    if (typeof v !== 'number') return v.map((c) => perilLabel(c, english)).join(english ? ', ' : '、') || '—';
    const unit = t(`claimRules.units.${field.unit}`);
    return field.unit === 'fen' ? `${formatYuan(v)} ${unit}` : `${v} ${unit}`;
  };
};

/** Checked in the browser before the save, with the same bounds the server applies (domain/claims). */
const useRules = (field: ClaimRuleField): Rule[] => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  if (field.unit === 'perils') return [];
  const fen = field.unit === 'fen';
  const bound = (n: number) => (fen ? formatYuan(n) : String(n));
  const between = t('claimRules.between', { min: bound(field.min), max: bound(field.max) });
  return [
    {
      validator: async (_rule, raw: FormValue) => {
        if (raw === null || raw === undefined || raw === '') throw new Error(t('claimRules.required'));
        let n: number;
        if (fen) {
          const p = parseYuan(String(raw));
          if (!p.ok)
            throw new Error(
              t(p.reason === 'decimals' ? 'claimRules.yuanDecimals' : 'claimRules.yuanInvalid'),
            );
          n = p.fen;
        } else n = Number(raw);
        if (!Number.isInteger(n) || n > field.max) throw new Error(between);
        if (n < field.min)
          throw new Error(
            field.minReason
              ? t('claimRules.minReason', {
                  min: bound(field.min),
                  reason: field.minReason[english ? 'en' : 'zh'],
                })
              : between,
          );
      },
    },
  ];
};

/** What the value typed means, so "exactly 500,000.00 is not over 500,000" is seen before saving. */
const Hint = ({ field, value }: { field: ClaimRuleField; value: FormValue }) => {
  const { t } = useTranslation();
  if (field.compare === 'over') {
    const p = parseYuan(String(value ?? ''));
    if (!p.ok) return null;
    return (
      <Typography.Text type="warning" data-testid={`rule-hint-${field.key}`}>
        {t('claimRules.overHint', { limit: formatYuan(p.fen), next: formatYuan(p.fen + 1) })}
      </Typography.Text>
    );
  }
  if (field.compare === 'atLeast' && typeof value === 'number')
    return <Typography.Text type="secondary">{t('claimRules.atLeastHint', { value })}</Typography.Text>;
  return null;
};

/** One rule: its input, whether it differs from the default, the default, the source, and the hint. */
export const RuleItem = ({
  field,
  defaults,
  value,
  changed,
}: {
  field: ClaimRuleField;
  defaults: ClaimRules;
  value: FormValue;
  changed: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const show = useShow();
  const rules = useRules(field);
  const name = ['rules', ...pathOf(field.key)];
  const unit = t(`claimRules.units.${field.unit}`);
  const input =
    field.unit === 'perils' ? (
      <Select
        mode="multiple"
        style={{ maxWidth: 480 }}
        options={PERIL_CODES.map((code) => ({ value: code, label: perilLabel(code, english) }))}
      />
    ) : field.unit === 'fen' ? (
      <Input style={{ maxWidth: 240 }} suffix={unit} inputMode="decimal" />
    ) : (
      <InputNumber style={{ width: 160 }} min={field.min} max={field.max} precision={0} suffix={unit} />
    );
  return (
    <Form.Item
      name={name}
      rules={rules}
      label={
        <Flex gap={8} align="center">
          {t(`claimRules.fields.${field.key}`)}
          {changed && (
            <Tag color="orange" data-testid={`rule-changed-${field.key}`}>
              {t('claimRules.changed')}
            </Tag>
          )}
        </Flex>
      }
      extra={
        <Flex vertical data-testid={`rule-extra-${field.key}`}>
          <Hint field={field} value={value} />
          <span>
            {t('claimRules.defaultValue', { value: show(field, claimRuleValue(defaults, field.key)) })}
            {' · '}
            {t('claimRules.source', { source: field.source[english ? 'en' : 'zh'] })}
          </span>
        </Flex>
      }
    >
      {input}
    </Form.Item>
  );
};
