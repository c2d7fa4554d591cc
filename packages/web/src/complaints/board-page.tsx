import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { useLiveEvents } from '../api/live.ts';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { ColumnChooser, useHiddenColumns } from '../shell/column-chooser.tsx';
import { ExportButton } from '../shell/export-button.tsx';
import { type BoardItem, COMPLAINT_STATES, useBoard } from './api.ts';
import { categoryLabel, clockLabel, URGENCY_COLOR, urgencyLabel } from './labels.ts';
import { MajorTag } from './major-tag.tsx';

const ComplaintCard = ({ item }: { item: BoardItem }) => {
  const { t } = useTranslation();
  return (
    <Link to={`/complaints/${item.id}`} data-testid="complaint-card" data-number={item.number}>
      <Card size="small" hoverable>
        <Flex vertical gap={4}>
          <Typography.Text strong>{item.number}</Typography.Text>
          <Typography.Text ellipsis>{item.subject}</Typography.Text>
          <Space size={4} wrap>
            {item.urgency && <Tag color={URGENCY_COLOR[item.urgency]}>{urgencyLabel(t, item.urgency)}</Tag>}
            <Tag>{categoryLabel(t, item.category)}</Tag>
            {item.source === 'regulator' && <Tag color="purple">{t('complaints.source.regulator')}</Tag>}
            <MajorTag reasons={item.majorReasons} />
          </Space>
          <Typography.Text type="secondary">
            {item.ownerName} · {item.customerName ?? ''}
          </Typography.Text>
          {item.deadlines.map((d) => (
            <Space key={d.kind} size={4}>
              <Typography.Text type="secondary">{clockLabel(t, d.kind)}</Typography.Text>
              <DeadlineBadge deadline={d} />
            </Space>
          ))}
        </Flex>
      </Card>
    </Link>
  );
};

/** One column per state of the complaint flow, with the clocks of each complaint counting down. */
export const ComplaintBoardPage = () => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [mine, setMine] = useState(false);
  const board = useBoard(mine);
  useLiveEvents(['complaint', 'deadline']);
  const items = board.data?.items ?? [];
  // Twelve states do not fit 1440 px: each user picks the columns of their work, remembered per user.
  const [hidden, setHidden] = useHiddenColumns('complaint-board');
  const states = COMPLAINT_STATES.filter((s) => !hidden.includes(s));
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('complaints.board')}
        </Typography.Title>
        <Space>
          <Space>
            <Switch
              checked={mine}
              onChange={setMine}
              aria-label={t('complaints.mine')}
              data-testid="complaints-mine"
            />
            {t('complaints.mine')}
          </Space>
          <ColumnChooser
            options={COMPLAINT_STATES.map((s) => ({ key: s, label: t(`complaints.states.${s}`) }))}
            hidden={hidden}
            onChange={setHidden}
            testId="board-columns"
          />
          <ExportButton list="complaints" filters={{ mine: mine ? 'true' : undefined }} />
          <Button icon={<ReloadOutlined />} loading={board.isFetching} onClick={() => void board.refetch()}>
            {t('common.refresh')}
          </Button>
          {hasPermission(me, 'case.create') && (
            <Link to="/complaints/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="complaint-new">
                {t('complaints.newComplaint')}
              </Button>
            </Link>
          )}
        </Space>
      </Flex>
      {/* A named tab stop, so the sideways scroll also works from the keyboard (WCAG 2.1.1). */}
      <section
        style={{ overflowX: 'auto' }}
        className="claimline-scroll"
        aria-label={t('complaints.board')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        data-testid="complaint-board"
      >
        <Flex gap={12} align="start" style={{ minWidth: states.length * 232 }}>
          {states.map((state) => {
            const cards = items.filter((i) => i.state === state);
            return (
              <Card
                key={state}
                size="small"
                style={{ width: 220, flex: '0 0 220px', background: '#fafafa' }}
                title={
                  <Space>
                    {t(`complaints.states.${state}`)}
                    <Badge count={cards.length} showZero color="#595959" />
                  </Space>
                }
                data-testid={`board-column-${state}`}
              >
                <Flex vertical gap={8}>
                  {cards.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.empty')} />
                  ) : (
                    cards.map((c) => <ComplaintCard key={c.id} item={c} />)
                  )}
                </Flex>
              </Card>
            );
          })}
        </Flex>
      </section>
    </Flex>
  );
};
