import { type ComplaintCategory, HANDLER_ROLES, type HandlerRole } from '@claimline/domain/complaints';
import { Alert, Button, Card, Flex, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../shell/use-feedback.ts';
import { type RoutingPreview, usePreviewRouting } from './rules-admin-api.ts';

type Option = { value: string; label: ReactNode; search?: string };
type Values = {
  branchId: string;
  product: string;
  category: ComplaintCategory;
  handlerRole: HandlerRole;
  complainedUserId?: string;
};

/** The trace as sentences: the person picked (by which rule, or the fallback), the avoided, each rule, each candidate. */
const Trace = ({ p }: { p: RoutingPreview }) => {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="preview-result">
      {p.picked ? (
        <Alert
          type="success"
          data-testid="preview-picked"
          title={`${t('complaintRules.preview.picked', { name: p.picked.name ?? p.picked.id })}${
            p.picked.ruleId
              ? t('complaintRules.preview.byRule', { rule: p.picked.ruleId })
              : t('complaintRules.preview.byFallback')
          }`}
        />
      ) : (
        <Alert type="error" data-testid="preview-picked" title={t('complaintRules.preview.nobody')} />
      )}
      {p.avoided.length > 0 && (
        <Typography.Text type="warning" data-testid="preview-avoided">
          {t('complaintRules.preview.avoided', { names: p.avoided.map((a) => a.name ?? a.id).join('、') })}
        </Typography.Text>
      )}
      <Typography.Text strong>{t('complaintRules.preview.rules')}</Typography.Text>
      <List
        size="small"
        bordered
        dataSource={p.rules}
        renderItem={(r) => (
          <List.Item data-testid={`preview-rule-${r.ruleId}`}>
            <Space>
              <Typography.Text code>{r.ruleId}</Typography.Text>
              {r.matched ? (
                <Tag
                  color={r.outcome === 'picked' ? 'green' : r.outcome === 'notReached' ? 'default' : 'orange'}
                >
                  {t(`complaintRules.preview.outcome.${r.outcome}`, { order: r.order })}
                </Tag>
              ) : (
                <Tag>
                  {t('complaintRules.preview.mismatch', {
                    fields: r.mismatches.map((m) => t(`complaintRules.preview.fields.${m}`)).join('、'),
                  })}
                </Tag>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Typography.Text strong>{t('complaintRules.preview.candidates')}</Typography.Text>
      <Flex wrap gap={6}>
        {p.candidates.map((c) => (
          <Tag key={c.id} color={c.block === null ? 'blue' : c.block === 'interested' ? 'red' : 'default'}>
            {c.name}：{t(`complaintRules.preview.block.${c.block ?? 'ok'}`)}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
};

/** "Who would get this complaint?": asks the server, which runs the same routing the assignment uses. */
export const RoutingPreviewCard = ({
  branchOptions,
  categoryOptions,
  handlerOptions,
}: {
  branchOptions: Option[];
  categoryOptions: Option[];
  handlerOptions: Option[];
}) => {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const preview = usePreviewRouting();
  const required = [{ required: true, message: t('complaintRules.required') }];
  return (
    <Card size="small" title={t('complaintRules.preview.title')} data-testid="routing-preview">
      <Typography.Paragraph type="secondary">{t('complaintRules.preview.hint')}</Typography.Paragraph>
      <Form<Values>
        layout="inline"
        initialValues={{ handlerRole: 'agent' }}
        onFinish={(v) =>
          preview.mutate(
            {
              ...v,
              product: v.product.trim(),
              ...(v.complainedUserId ? {} : { complainedUserId: undefined }),
            },
            { onError: showError },
          )
        }
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        <Form.Item name="branchId" label={t('complaintRules.routing.branch')} rules={required}>
          <Select style={{ width: 160 }} options={branchOptions} data-testid="preview-branch" />
        </Form.Item>
        <Form.Item name="product" label={t('complaintRules.routing.product')} rules={required}>
          <Input style={{ width: 160 }} maxLength={60} data-testid="preview-product" />
        </Form.Item>
        <Form.Item name="category" label={t('complaintRules.routing.category')} rules={required}>
          <Select style={{ width: 130 }} options={categoryOptions} data-testid="preview-category" />
        </Form.Item>
        <Form.Item name="handlerRole" label={t('complaintRules.preview.handlerRole')}>
          <Select
            style={{ width: 120 }}
            options={HANDLER_ROLES.map((h) => ({ value: h, label: t(`complaints.handlerRole.${h}`) }))}
          />
        </Form.Item>
        <Form.Item name="complainedUserId" label={t('complaintRules.preview.complainedUser')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'search' }}
            style={{ width: 200 }}
            options={handlerOptions}
            data-testid="preview-complained"
          />
        </Form.Item>
        <Button htmlType="submit" loading={preview.isPending} data-testid="preview-run">
          {t('complaintRules.preview.run')}
        </Button>
      </Form>
      {preview.data && <Trace p={preview.data} />}
    </Card>
  );
};
