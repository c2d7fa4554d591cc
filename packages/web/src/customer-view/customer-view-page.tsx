import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFeedback } from '../shell/use-feedback.ts';
import { useCustomerOf, useCustomerSearch } from './api.ts';
import { CustomerRecords } from './records.tsx';

/** 客户视图 by search: phone or ID number typed by staff, sent in the request body. */
export const CustomerSearchPage = () => {
  const { t } = useTranslation();
  const search = useCustomerSearch();
  const { showError } = useFeedback();
  const [form] = Form.useForm<{ phone?: string; idNumber?: string }>();
  const submit = (v: { phone?: string; idNumber?: string }) => {
    const body = {
      ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim() } : {}),
    };
    search.mutate(body, { onError: showError });
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4}>{t('customerView.title')}</Typography.Title>
      <Card size="small">
        <Form form={form} layout="inline" onFinish={submit} autoComplete="off">
          <Form.Item name="phone" label={t('customerView.key.phone')}>
            <Input maxLength={30} data-testid="customer-search-phone" />
          </Form.Item>
          <Form.Item name="idNumber" label={t('customerView.key.idNumber')}>
            <Input maxLength={30} data-testid="customer-search-id" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={search.isPending}
            data-testid="customer-search-submit"
          >
            {t('customerView.search')}
          </Button>
        </Form>
        <Typography.Text type="secondary">{t('customerView.searchHint')}</Typography.Text>
      </Card>
      {search.data && <CustomerRecords view={search.data} />}
    </Flex>
  );
};

/** 该客户的全部记录, opened from a case or a call detail. */
export const CustomerOfPage = ({ kind }: { kind: 'case' | 'call' }) => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useCustomerOf({ kind, id });
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4}>{t('customerView.allRecords')}</Typography.Title>
      <Link to="/customers">{t('customerView.searchOther')}</Link>
      {view.error && <Typography.Text type="danger">{t('customerView.notFound')}</Typography.Text>}
      {view.data && <CustomerRecords view={view.data} />}
    </Flex>
  );
};

/** The link on a case, complaint, claim or call detail. */
export const CustomerViewLink = ({ kind, id }: { kind: 'case' | 'call'; id: string }) => {
  const { t } = useTranslation();
  return (
    <Link to={`/customers/${kind}/${id}`} data-testid="customer-view-link">
      {t('customerView.allRecords')}
    </Link>
  );
};
