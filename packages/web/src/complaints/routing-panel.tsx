import { COMPLAINT_CATEGORIES, handlerLevelOf } from '@claimline/domain/complaints';
import {
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { useBranches, useUsers } from '../api/directory.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { RoutingPreviewCard } from './routing-preview.tsx';
import {
  type RoutingRuleInput,
  type RoutingRuleView,
  useDeleteRoutingRule,
  useRoutingRules,
  useSaveRoutingRule,
} from './rules-admin-api.ts';
import { fieldErrors } from './rules-admin-form.ts';

type FormValues = {
  id?: string;
  branchId?: string | null;
  product?: string | null;
  category?: RoutingRuleInput['category'];
  assigneeId?: string | null;
  priority: number;
  active: boolean;
};

const toInput = (v: FormValues): RoutingRuleInput => ({
  branchId: v.branchId ?? null,
  product: v.product?.trim() ? v.product.trim() : null,
  category: v.category ?? null,
  assigneeId: v.assigneeId ?? null,
  priority: v.priority,
  active: v.active,
});

/** People who handle complaints, for the assignee select and the preview's "complained about". */
export const useHandlers = () => {
  const users = useUsers();
  return (users.data ?? []).filter((u) => handlerLevelOf(u.role) !== null);
};

/** The routing rules as a table, an add/edit dialog, delete with confirmation, and the preview below. */
export const RoutingPanel = () => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { message, showError } = useFeedback();
  const rules = useRoutingRules();
  const branches = useBranches();
  const handlers = useHandlers();
  const saveRule = useSaveRoutingRule();
  const deleteRule = useDeleteRoutingRule();
  const [editing, setEditing] = useState<RoutingRuleView | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const editable = rules.data?.editable ?? false;

  const branchOptions = (branches.data ?? []).map((b) => ({
    value: b.id,
    label: <span data-testid={`branch-option-${b.code}`}>{english ? (b.nameEn ?? b.name) : b.name}</span>,
  }));
  const categoryOptions = COMPLAINT_CATEGORIES.map((c) => ({
    value: c,
    label: <span data-testid={`category-option-${c}`}>{t(`complaints.category.${c}`)}</span>,
  }));
  const handlerOptions = handlers.map((u) => ({
    value: u.id,
    label: <span data-testid={`user-option-${u.username}`}>{`${u.displayName}（${u.branchName}）`}</span>,
    search: `${u.displayName} ${u.username}`,
  }));

  const open = (r: RoutingRuleView | 'new') => {
    setEditing(r);
    form.setFieldsValue(
      r === 'new'
        ? {
            id: undefined,
            branchId: null,
            product: null,
            category: null,
            assigneeId: null,
            priority: 100,
            active: true,
          }
        : { ...r },
    );
  };
  const submit = (v: FormValues) => {
    const current = editing === 'new' ? null : editing;
    saveRule.mutate(
      current
        ? { id: current.id, updatedAt: current.updatedAt, rule: toInput(v) }
        : { ...(v.id ? { id: v.id } : {}), rule: toInput(v) },
      {
        onSuccess: (saved) => {
          setEditing(null);
          void message.success(t('complaintRules.routing.savedRule', { id: saved.id }));
        },
        onError: (error) => {
          if (isApiError(error, 'ROUTING_RULE_CONFLICT')) {
            setEditing(null);
            void message.warning(t('complaintRules.routing.conflict'));
            return;
          }
          if (isApiError(error, 'VALIDATION_FAILED'))
            form.setFields(fieldErrors(error.details) as Parameters<typeof form.setFields>[0]);
          showError(error);
        },
      },
    );
  };

  const any = <Typography.Text type="secondary">{t('complaintRules.routing.any')}</Typography.Text>;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('complaintRules.routing.intro')}
      </Typography.Paragraph>
      {editable && (
        <div>
          <Button type="primary" onClick={() => open('new')} data-testid="routing-add">
            {t('complaintRules.routing.add')}
          </Button>
        </div>
      )}
      <Table<RoutingRuleView>
        size="small"
        rowKey="id"
        loading={rules.isLoading}
        dataSource={rules.data?.rules ?? []}
        pagination={false}
        locale={{ emptyText: t('complaintRules.routing.empty') }}
        onRow={(r) => ({ 'data-testid': `routing-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('complaintRules.routing.id'), dataIndex: 'id' },
          {
            title: t('complaintRules.routing.branch'),
            render: (_, r) =>
              r.branchId
                ? english
                  ? (r.branchNameEn ?? r.branchName)
                  : r.branchName
                : t('complaintRules.routing.anyBranch'),
          },
          { title: t('complaintRules.routing.product'), render: (_, r) => r.product ?? any },
          {
            title: t('complaintRules.routing.category'),
            render: (_, r) =>
              r.category ? t(`complaints.category.${r.category}` as 'complaints.category.other') : any,
          },
          {
            title: t('complaintRules.routing.assignee'),
            render: (_, r) =>
              r.assigneeName ?? (
                <Typography.Text type="secondary">{t('complaintRules.routing.team')}</Typography.Text>
              ),
          },
          { title: t('complaintRules.routing.priority'), dataIndex: 'priority' },
          {
            title: t('complaintRules.routing.active'),
            render: (_, r) => (
              <Tag color={r.active ? 'green' : 'default'}>
                {t(r.active ? 'complaintRules.routing.on' : 'complaintRules.routing.off')}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, r) =>
              editable && (
                <Space>
                  <Button size="small" onClick={() => open(r)} data-testid={`routing-edit-${r.id}`}>
                    {t('complaintRules.routing.edit')}
                  </Button>
                  <Popconfirm
                    title={t('complaintRules.routing.deleteConfirm', { id: r.id })}
                    onConfirm={() =>
                      deleteRule.mutate(r.id, {
                        onSuccess: () =>
                          void message.success(t('complaintRules.routing.deleted', { id: r.id })),
                        onError: showError,
                      })
                    }
                  >
                    <Button size="small" danger data-testid={`routing-delete-${r.id}`}>
                      {t('complaintRules.routing.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('complaintRules.routing.add') : t('complaintRules.routing.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={saveRule.isPending}
        okButtonProps={{ 'data-testid': 'routing-save' } as Record<string, string>}
        forceRender
      >
        <Form<FormValues> form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="id"
            label={t('complaintRules.routing.id')}
            extra={t('complaintRules.routing.idHint')}
          >
            <Input maxLength={40} disabled={editing !== 'new'} data-testid="routing-id" />
          </Form.Item>
          <Form.Item name="branchId" label={t('complaintRules.routing.branch')}>
            <Select
              allowClear
              placeholder={t('complaintRules.routing.anyBranch')}
              aria-label={t('complaintRules.routing.anyBranch')}
              options={branchOptions}
              data-testid="routing-branch"
            />
          </Form.Item>
          <Form.Item name="product" label={t('complaintRules.routing.product')}>
            <Input
              maxLength={60}
              placeholder={t('complaintRules.routing.any')}
              data-testid="routing-product"
            />
          </Form.Item>
          <Form.Item name="category" label={t('complaintRules.routing.category')}>
            <Select
              allowClear
              placeholder={t('complaintRules.routing.any')}
              aria-label={t('complaintRules.routing.any')}
              options={categoryOptions}
              data-testid="routing-category"
            />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('complaintRules.routing.assignee')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'search' }}
              placeholder={t('complaintRules.routing.team')}
              aria-label={t('complaintRules.routing.team')}
              options={handlerOptions}
              data-testid="routing-assignee"
            />
          </Form.Item>
          <Space>
            <Form.Item name="priority" label={t('complaintRules.routing.priority')}>
              <InputNumber min={1} max={10_000} precision={0} />
            </Form.Item>
            <Form.Item name="active" label={t('complaintRules.routing.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
      <RoutingPreviewCard
        branchOptions={branchOptions}
        categoryOptions={categoryOptions}
        handlerOptions={handlerOptions}
      />
    </Flex>
  );
};
