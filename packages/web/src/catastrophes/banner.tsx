import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../api/auth.ts';
import { useLiveEvents } from '../api/live.ts';
import type { Me } from '../api/types.ts';
import { inLanguage } from '../knowledge/api.ts';
import { type Catastrophe, useCatastrophesInForce } from './api.ts';
import { QuickReportModal } from './quick-report-modal.tsx';

/**
 * On every screen of a person whose branch is inside an active catastrophe event: which event, and the shortened
 * report form one click away. It appears and goes with the event's activation and closing (live update).
 */
export const CatastropheBanner = ({ me }: { me: Me }) => {
  const { t } = useTranslation();
  const enabled = hasPermission(me, 'case.read');
  const inForce = useCatastrophesInForce(enabled);
  useLiveEvents(['catastrophe']);
  const [reporting, setReporting] = useState<Catastrophe | null>(null);
  const items = inForce.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <Alert
        type="warning"
        banner
        icon={<ThunderboltOutlined />}
        data-testid="catastrophe-banner"
        title={t('catastrophes.bannerTitle', { names: items.map((c) => c.name).join('、') })}
        description={
          <Space wrap>
            <span>{t('catastrophes.bannerText')}</span>
            {hasPermission(me, 'case.create') &&
              items.map((c) => (
                <Button
                  key={c.id}
                  size="small"
                  type="primary"
                  data-testid={`quick-report-${c.code}`}
                  onClick={() => setReporting(c)}
                >
                  {t('catastrophes.quickReport')} · {c.name} (
                  {c.perils.map((p) => inLanguage(p.label)).join('/')})
                </Button>
              ))}
          </Space>
        }
      />
      {reporting && <QuickReportModal event={reporting} onClose={() => setReporting(null)} />}
    </>
  );
};
