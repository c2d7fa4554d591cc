import { CheckSquareOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  List,
  Progress,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { useLiveEvents } from '../api/live.ts';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { ExportButton } from '../shell/export-button.tsx';
import {
  CLAIM_APPLICATION_STATE_LABELS,
  CLAIM_APPLICATION_STATES,
  CLAIM_TYPE_LABELS,
  useBoard,
} from './api.ts';

/**
 * The claims desk board: one column per stage with each application's progress and most urgent countdown,
 * narrowed by stage (asked of the server), by "mine" and by number.
 */
export const ClaimDeskPage = () => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const [stage, setStage] = useState<string | undefined>(undefined);
  const [mine, setMine] = useState(false);
  const [search, setSearch] = useState('');
  const board = useBoard(stage);
  useLiveEvents(['claimApplication', 'deadline']);
  const me = useMe();
  if (!board.data) return <Skeleton active />;
  const needle = search.trim().toUpperCase();
  const columns = board.data.columns
    .filter(
      (c) => c.items.length > 0 || (!stage && !['closed', 'archived'].includes(c.state)) || c.state === stage,
    )
    .map((c) => ({
      ...c,
      items: c.items.filter((i) => (!mine || i.mine) && (!needle || i.number.toUpperCase().includes(needle))),
    }));
  return (
    <Card
      title={t('claimDesk.boardTitle')}
      extra={
        <Space>
          <ExportButton list="claim-applications" filters={{ state: stage }} />
          {hasPermission(me.data, 'case.supervise') && (
            <Link to="/claim-applications/approvals">
              <Button icon={<CheckSquareOutlined />} data-testid="claim-desk-approvals">
                {t('claimDesk.approvalsTitle')}
              </Button>
            </Link>
          )}
          <Link to="/claim-applications/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="claim-desk-new">
              {t('claimDesk.newApplication')}
            </Button>
          </Link>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('claimDesk.allStages')}
          aria-label={t('claimDesk.allStages')}
          value={stage}
          onChange={(v: string | undefined) => setStage(v)}
          options={CLAIM_APPLICATION_STATES.map((s) => ({
            value: s,
            label: say(CLAIM_APPLICATION_STATE_LABELS[s]),
          }))}
          data-testid="claim-desk-stage"
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="claim-desk-mine">
          {t('claimDesk.mine')}
        </Checkbox>
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('claimDesk.searchNumber')}
          onSearch={setSearch}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="claim-desk-search"
        />
      </Space>
      {/* A scrolling region is a tab stop with a name, so keyboard users can scroll it (WCAG 2.1.1). */}
      <Flex
        gap={12}
        style={{ overflowX: 'auto' }}
        role="region"
        aria-label={t('claimDesk.boardTitle')}
        tabIndex={0}
        data-testid="claim-desk-board"
      >
        {columns.map((c) => (
          <Card
            key={c.state}
            size="small"
            title={`${say(c.label)} (${c.items.length})`}
            style={{ minWidth: 240 }}
            data-testid={`claim-desk-column-${c.state}`}
          >
            {c.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('claimDesk.empty')} />
            ) : (
              <List
                size="small"
                dataSource={c.items}
                renderItem={(i) => (
                  <List.Item data-testid="claim-desk-item" data-number={i.number}>
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Link to={`/claim-applications/${i.id}`}>{i.number}</Link>
                      <Typography.Text type="secondary">
                        {say(CLAIM_TYPE_LABELS[i.claimType])} · {i.applicantNameMasked} · {i.policyNo}
                      </Typography.Text>
                      <Progress
                        percent={Math.round((100 * i.progress.satisfied) / Math.max(1, i.progress.total))}
                        aria-label={`${t('claimDesk.progress')} ${i.number}`}
                        size="small"
                      />
                      {i.nextDeadline && <DeadlineBadge deadline={i.nextDeadline} showKind />}
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        ))}
      </Flex>
    </Card>
  );
};
