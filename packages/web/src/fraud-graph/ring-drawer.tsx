import { CLAIM_APPLICATION_STATE_LABELS } from '@claimline/domain/claim-applications';
import { ENTITY_KINDS, type EntityKind } from '@claimline/domain/fraud-graph';
import { Alert, Drawer, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { RevealPrompt } from '../shell/reveal-prompt.tsx';
import { type FraudGraphNode, useRevealNode, useRingGraph } from './api.ts';
import { RingChart } from './ring-chart.tsx';

type ClaimNode = Extract<FraudGraphNode, { type: 'claim' }>;
type EntityNode = Extract<FraudGraphNode, { type: 'entity' }>;

const KIND_CODES = Object.keys(ENTITY_KINDS) as EntityKind[];
const claimPath = (n: ClaimNode) =>
  n.caseKind === 'claimApplication' ? `/claim-applications/${n.caseId}` : `/claim-reports/${n.caseId}`;

/** A masked value, and with `personal.reveal` the full value after a reason (the server audits it). */
const EntityValue = ({
  ringId,
  node,
  canReveal,
}: {
  ringId: string;
  node: EntityNode;
  canReveal: boolean;
}) => {
  const { t } = useTranslation();
  const reveal = useRevealNode(ringId);
  // Repair shops and hospitals are not personal data: shown as they are, nothing to reveal.
  const personal = node.kind !== 'hospital' && node.kind !== 'repairShop';
  return (
    <RevealPrompt
      masked={node.label}
      canReveal={canReveal && personal}
      words={{
        button: t('fraudGraph.reveal'),
        hint: t('fraudGraph.revealHint'),
        reasonLabel: t('fraudGraph.revealReason'),
        reasonRequired: t('fraudGraph.revealReasonRequired'),
        reasonMin: 2,
        reasonMax: 200,
      }}
      reveal={{
        isPending: reveal.isPending,
        send: (reason, done, failed) =>
          reveal.mutate({ node: node.id, reason }, { onSuccess: (r) => done(r.value), onError: failed }),
      }}
      testIds={{ masked: `entity-${node.id}`, revealed: `revealed-${node.id}`, button: `reveal-${node.id}` }}
    />
  );
};

/** One ring: the graph, then the same nodes as two tables (a claim opens its page). Opening it is audited. */
export const RingDrawer = ({
  ringId,
  canReveal,
  onClose,
}: {
  ringId: string | null;
  canReveal: boolean;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const q = useRingGraph(ringId);
  const navigate = useNavigate();
  // A claim node in scope opens its page; the tables below offer the same for keyboard users.
  const openNode = useCallback(
    (n: FraudGraphNode) => {
      if (n.type === 'claim' && n.caseId) navigate(claimPath(n));
    },
    [navigate],
  );
  const kindWord = useCallback((k: EntityKind) => (en ? ENTITY_KINDS[k].en : ENTITY_KINDS[k].zh), [en]);
  const categories = useMemo(() => [t('fraudGraph.legendClaim'), ...KIND_CODES.map(kindWord)], [t, kindWord]);
  const labelOf = useCallback(
    (n: FraudGraphNode) => (n.type === 'claim' ? (n.number ?? t('fraudGraph.outOfScope')) : n.label),
    [t],
  );
  const categoryOf = useCallback(
    (n: FraudGraphNode) => (n.type === 'claim' ? 0 : 1 + KIND_CODES.indexOf(n.kind as EntityKind)),
    [],
  );
  const stateWord = (n: ClaimNode) => {
    if (!n.state) return '—';
    const app = (CLAIM_APPLICATION_STATE_LABELS as Record<string, { zh: string; en: string }>)[n.state];
    return app ? (en ? app.en : app.zh) : t(`status.${n.state as 'new'}`, { defaultValue: '—' });
  };
  const g = q.data;
  const claims = (g?.nodes.filter((n) => n.type === 'claim') ?? []) as ClaimNode[];
  const entities = (g?.nodes.filter((n) => n.type === 'entity') ?? []) as EntityNode[];
  return (
    <Drawer
      open={ringId !== null}
      onClose={onClose}
      size="large"
      width={980}
      destroyOnHidden
      title={
        g
          ? t('fraudGraph.ringTitle', { claims: g.ring.claims, people: g.ring.people })
          : t('fraudGraph.title')
      }
      data-testid="ring-drawer"
    >
      {!g ? (
        <Spin />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('fraudGraph.auditedHint')}</Typography.Text>
          {!g.ring.current && <Alert type="info" showIcon title={t('fraudGraph.notCurrent')} />}
          <RingChart
            graph={g}
            labelOf={labelOf}
            categoryOf={categoryOf}
            categories={categories}
            onPick={openNode}
          />
          <Typography.Title level={5}>{t('fraudGraph.claimsTable')}</Typography.Title>
          <Table<ClaimNode>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={claims}
            data-testid="ring-claims"
            columns={[
              {
                title: t('fraudGraph.caseNumber'),
                render: (_, n) =>
                  n.caseId ? <Link to={claimPath(n)}>{n.number}</Link> : t('fraudGraph.outOfScope'),
              },
              {
                title: t('fraudGraph.caseKind'),
                render: (_, n) =>
                  n.caseKind ? t(`kind.${n.caseKind as 'claimReport'}`, { defaultValue: '—' }) : '—',
              },
              { title: t('fraudGraph.state'), render: (_, n) => stateWord(n) },
            ]}
          />
          <Typography.Title level={5}>{t('fraudGraph.entitiesTable')}</Typography.Title>
          <Table<EntityNode>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={entities}
            data-testid="ring-entities"
            columns={[
              { title: t('fraudGraph.entityKind'), render: (_, n) => kindWord(n.kind as EntityKind) },
              {
                title: t('fraudGraph.entity'),
                render: (_, n) => <EntityValue ringId={g.ring.id} node={n} canReveal={canReveal} />,
              },
              { title: t('fraudGraph.sharedBy'), dataIndex: 'claims' },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
};
