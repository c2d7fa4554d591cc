import { INJURY_DEGREES, PERIL_CODES, PERILS, REPORTER_RELATIONS } from '@claimline/domain/claims';
import { Checkbox, Collapse, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../api/types.ts';
import { YUAN_NUMBER_PROPS } from '../shell/money-input.tsx';
import type { RegisterInput } from './api.ts';
import { ProviderInput } from './provider-input.tsx';

export type ReportValues = Omit<
  RegisterInput,
  'lookupId' | 'policyId' | 'occurredAt' | 'knewAt' | 'channel'
> & {
  channel: Channel;
  occurredAt: Dayjs;
  knewAt?: Dayjs | null;
};

/** Mainland China has kept +08:00 all year since 1991: the wall-clock time the caller gives is Beijing time. */
export const beijingIso = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;

const Section = ({ onFocus, children }: { onFocus: () => void; children: React.ReactNode }) => (
  <div onFocusCapture={onFocus}>{children}</div>
);

/**
 * Accident, then reporter, then the major-case facts: the order of seed 003 §(二) 接报案询问案情.
 * `onStep(step, phrase)` names the intake step and the line of the seed's claim-report script that fits the field.
 */
export const ReportFields = ({
  onStep,
  confirmId,
}: {
  onStep: (step: number, phrase: number | null) => void;
  confirmId: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('claims.required') }];
  // The insured reporting (本人): name and phone default to the policy's (the server fills them in).
  const self = Form.useWatch('reporterRelation') === 'self';
  const perilLabel = (code: string) =>
    PERILS[code as keyof typeof PERILS]?.[i18n.language === 'en' ? 'en' : 'zh'];
  return (
    <>
      <Form.Item name="channel" label={t('cases.channel')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        />
      </Form.Item>
      {confirmId && (
        <Form.Item name="confirmIdNumber" label={t('claims.confirmIdNumber')} rules={required}>
          <Input style={{ width: 260 }} maxLength={18} data-testid="intake-confirm-id" />
        </Form.Item>
      )}
      <Section onFocus={() => onStep(1, 1)}>
        <Space wrap align="start">
          <Form.Item
            name="occurredAt"
            label={t('claims.occurredAt')}
            rules={[{ required: true, message: t('claims.required') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              data-testid="intake-occurred-at"
            />
          </Form.Item>
          <Form.Item name="knewAt" label={t('claims.knewAt')} tooltip={t('claims.knewAtHint')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              data-testid="intake-knew-at"
            />
          </Form.Item>
          <Form.Item
            name="cause"
            label={t('claims.cause')}
            rules={[{ required: true, message: t('claims.required') }]}
          >
            <Select
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="intake-cause"
              options={PERIL_CODES.map((c) => ({ value: c, label: perilLabel(c) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('claims.place')} rules={required}>
          <Input maxLength={200} data-testid="intake-place" />
        </Form.Item>
      </Section>
      <Section onFocus={() => onStep(1, 2)}>
        <Form.Item name="course" label={t('claims.course')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="intake-course" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="injuryDegree" label={t('claims.injuryDegree')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="intake-injury"
              options={INJURY_DEGREES.map((d) => ({ value: d, label: t(`claims.injury.${d}`) }))}
            />
          </Form.Item>
          <Form.Item name="deaths" label={t('claims.deaths')}>
            <InputNumber min={0} max={10000} precision={0} data-testid="intake-deaths" />
          </Form.Item>
          <Form.Item name="injured" label={t('claims.injured')}>
            <InputNumber min={0} max={100000} precision={0} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="measures" label={t('claims.measures')}>
            <Input style={{ width: 260 }} maxLength={1000} />
          </Form.Item>
          <Form.Item name="currentState" label={t('claims.currentState')}>
            <Input style={{ width: 260 }} maxLength={1000} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          {/* Optional: the hospital of an injury or illness, the repair shop of a motor loss (fraud concentration). */}
          <Form.Item name="hospital" label={t('claims.hospital')}>
            <ProviderInput kind="hospital" testId="intake-hospital" />
          </Form.Item>
          <Form.Item name="repairShop" label={t('claims.repairShop')}>
            <ProviderInput kind="repairShop" testId="intake-repair-shop" />
          </Form.Item>
        </Space>
      </Section>
      <Section onFocus={() => onStep(2, null)}>
        <Space wrap align="start">
          <Form.Item name="reporterName" label={t('claims.reporterName')} rules={self ? [] : required}>
            <Input
              style={{ width: 180 }}
              maxLength={50}
              placeholder={self ? t('claims.sameAsInsured') : undefined}
              data-testid="intake-reporter-name"
            />
          </Form.Item>
          <Form.Item name="reporterPhone" label={t('claims.reporterPhone')} rules={self ? [] : required}>
            <Input
              style={{ width: 200 }}
              inputMode="tel"
              placeholder={self ? t('claims.sameAsInsured') : undefined}
              data-testid="intake-reporter-phone"
            />
          </Form.Item>
          <Form.Item name="reporterRelation" label={t('claims.relation')} rules={[{ required: true }]}>
            <Select
              style={{ width: 140 }}
              data-testid="intake-relation"
              options={REPORTER_RELATIONS.map((r) => ({ value: r, label: t(`claims.relations.${r}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="reporterAddress" label={t('claims.reporterAddress')}>
          <Input maxLength={200} />
        </Form.Item>
      </Section>
      <Collapse
        size="small"
        items={[
          {
            key: 'major',
            label: t('claims.majorFacts'),
            children: (
              <Space wrap align="start">
                <Form.Item name="estimatedPayoutYuan" label={t('claims.estimatedPayout')}>
                  <InputNumber {...YUAN_NUMBER_PROPS} min={0} precision={2} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item
                  name="outcomeUncertain"
                  label={t('claims.outcomeUncertain')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
                <Form.Item name="disputeTakenTo" label={t('claims.disputeTakenTo')}>
                  <Checkbox.Group
                    options={(['regulator', 'association', 'media'] as const).map((f) => ({
                      value: f,
                      label: t(`claims.forums.${f}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="mediaInvolved" label={t('claims.mediaInvolved')} valuePropName="checked">
                  <Switch />
                </Form.Item>
                <Form.Item name="litigation" label={t('claims.litigation')}>
                  <Radio.Group
                    options={(['none', 'likely', 'started'] as const).map((l) => ({
                      value: l,
                      label: t(`claims.litigations.${l}`),
                    }))}
                  />
                </Form.Item>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
};
