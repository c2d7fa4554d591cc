import { Button, Card, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranches } from '../api/directory.ts';
import { ForecastPanel } from './forecast-panel.tsx';
import { shiftMonth } from './grid-model.ts';
import { thisMonth } from './labels.ts';
import { PlanTab } from './plan-tab.tsx';
import { PostsTab } from './posts-tab.tsx';
import { RequestsTab } from './requests-tab.tsx';
import { ShiftsTab } from './shifts-tab.tsx';
import { SkillsTab } from './skills-tab.tsx';

/**
 * 排班 (seed 000 第一条: 客户服务管理岗 draws up the duty plan): month and branch, then the planner grid, the
 * forecast against the staffed agents, the leave and swap requests to decide, and the setup the plan is built on.
 */
export const DutyPlanPage = () => {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(thisMonth);
  const [branchId, setBranchId] = useState<string | undefined>(undefined);
  const branches = useBranches();
  return (
    <Card
      title={t('duty.plan.title')}
      extra={
        <Space>
          <Select
            style={{ minWidth: 180 }}
            placeholder={t('duty.plan.branch')}
            aria-label={t('duty.plan.branch')}
            allowClear
            value={branchId}
            onChange={setBranchId}
            data-testid="duty-branch"
            options={(branches.data ?? []).map((b) => ({
              value: b.id,
              label: i18n.language === 'en' ? (b.nameEn ?? b.name) : b.name,
            }))}
          />
          <Button onClick={() => setMonth((m) => shiftMonth(m, -1))} data-testid="duty-month-prev">
            {t('duty.plan.prev')}
          </Button>
          <Typography.Text strong data-testid="duty-month">
            {month}
          </Typography.Text>
          <Button onClick={() => setMonth((m) => shiftMonth(m, 1))} data-testid="duty-month-next">
            {t('duty.plan.next')}
          </Button>
        </Space>
      }
    >
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'grid',
            label: <span data-testid="duty-tab-grid">{t('duty.tabs.grid')}</span>,
            children: <PlanTab month={month} branchId={branchId} />,
          },
          {
            key: 'forecast',
            label: <span data-testid="duty-tab-forecast">{t('duty.tabs.forecast')}</span>,
            children: <ForecastPanel month={month} branchId={branchId} />,
          },
          {
            key: 'requests',
            label: <span data-testid="duty-tab-requests">{t('duty.tabs.requests')}</span>,
            children: <RequestsTab />,
          },
          {
            key: 'posts',
            label: <span data-testid="duty-tab-posts">{t('duty.tabs.posts')}</span>,
            children: <PostsTab branchId={branchId} />,
          },
          {
            key: 'shifts',
            label: <span data-testid="duty-tab-shifts">{t('duty.tabs.shifts')}</span>,
            children: <ShiftsTab branchId={branchId} />,
          },
          {
            key: 'skills',
            label: <span data-testid="duty-tab-skills">{t('duty.tabs.skills')}</span>,
            children: <SkillsTab branchId={branchId} />,
          },
        ]}
      />
    </Card>
  );
};
