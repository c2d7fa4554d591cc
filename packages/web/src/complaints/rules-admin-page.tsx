import { Card, Result, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoutingPanel } from './routing-panel.tsx';
import { useComplaintRules } from './rules-admin-api.ts';
import { ComplaintRulesEditor } from './rules-editor.tsx';

/**
 * 投诉规则 (issue #6), for head office (complaintRules.manage): the complaint clock, the classification matrix
 * and the authority table as one versioned save, and the routing rules with a preview of whom routing picks.
 */
export const ComplaintRulesPage = () => {
  const { t } = useTranslation();
  const query = useComplaintRules();
  if (query.error) return <Result status="error" title={query.error.message} />;
  if (!query.data) return <Skeleton active />;
  return (
    <Card title={t('complaintRules.title')} data-testid="complaint-rules">
      <Typography.Paragraph type="secondary">{t('complaintRules.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'rules', label: t('complaintRules.tabs.rules'), children: <ComplaintRulesEditor /> },
          {
            key: 'routing',
            label: <span data-testid="tab-routing">{t('complaintRules.tabs.routing')}</span>,
            children: <RoutingPanel />,
          },
        ]}
      />
    </Card>
  );
};
