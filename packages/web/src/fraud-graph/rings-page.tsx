import { ENTITY_KINDS, type EntityKind } from '@claimline/domain/fraud-graph';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { formatTime, testId } from '../shell/format.ts';
import { formatYuan } from '../shell/money.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type FraudRing, useRebuild, useRings } from './api.ts';
import { RingDrawer } from './ring-drawer.tsx';

/** 关系网络: the possible rings in the caller's scope, largest first; one opens as a graph. */
export const RingsPage = () => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const me = useMe().data;
  const rings = useRings();
  const rebuild = useRebuild();
  const { showError, message } = useFeedback();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card
      title={t('fraudGraph.title')}
      extra={
        hasPermission(me, 'fraudGraph.rebuild') && (
          <Button
            loading={rebuild.isPending}
            onClick={() =>
              rebuild.mutate(undefined, {
                onSuccess: (r) => void message.success(t('fraudGraph.rebuilt', r)),
                onError: showError,
              })
            }
            {...testId('rings-rebuild')}
          >
            {t('fraudGraph.rebuild')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('fraudGraph.intro')}</Typography.Paragraph>
      <Table<FraudRing>
        rowKey="id"
        loading={rings.isPending}
        dataSource={rings.data?.items ?? []}
        locale={{ emptyText: t('fraudGraph.empty') }}
        data-testid="rings-table"
        columns={[
          { title: t('fraudGraph.col.claims'), dataIndex: 'claims' },
          { title: t('fraudGraph.col.people'), dataIndex: 'people' },
          { title: t('fraudGraph.col.density'), render: (_, r) => `${Math.round(r.density * 100)}%` },
          {
            title: t('fraudGraph.col.kinds'),
            render: (_, r) => (
              <Space size={2} wrap>
                {r.linkKinds.map((k) => (
                  <Tag key={k}>
                    {en ? ENTITY_KINDS[k as EntityKind].en : ENTITY_KINDS[k as EntityKind].zh}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('fraudGraph.col.amount'), render: (_, r) => formatYuan(r.totalAmountFen) },
          {
            title: t('fraudGraph.col.reasons'),
            render: (_, r) => r.reasons.map((x) => t(`fraudGraph.reasons.${x as 'dense'}`)).join('、'),
          },
          { title: t('fraudGraph.col.builtAt'), render: (_, r) => formatTime(r.builtAt) },
          {
            title: '',
            render: (_, r) => (
              <Button type="link" onClick={() => setOpen(r.id)} {...testId(`ring-open-${r.id}`)}>
                {t('fraudGraph.open')}
              </Button>
            ),
          },
        ]}
      />
      <RingDrawer
        ringId={open}
        canReveal={hasPermission(me, 'personal.reveal')}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
};
