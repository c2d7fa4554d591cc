import { Button, Input, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type DataShareRequest, useShareMove } from './api.ts';

/** Requests or grants with the moves the server offers this person (greyed with the reason when refused). */
export const RequestsTable = ({ items, loading }: { items: DataShareRequest[]; loading: boolean }) => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const words = (l: { zh: string; en: string }) => (en ? l.en : l.zh);
  const move = useShareMove();
  const { message, showError } = useFeedback();
  const [notes, setNotes] = useState<Record<string, string>>({});

  return (
    <Table<DataShareRequest>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('dataSharing.empty') }}
      onRow={(r) => testId(`share-row-${r.id}`)}
      columns={[
        { title: t('dataSharing.dataKind'), render: (_, r) => words(r.dataKindLabel) },
        { title: t('dataSharing.branch'), render: (_, r) => words(r.branchName) },
        {
          title: t('dataSharing.requester'),
          render: (_, r) =>
            `${r.requester.name}${r.requester.department ? `（${words(r.requester.department)}）` : ''}`,
        },
        { title: t('dataSharing.purpose'), dataIndex: 'purpose' },
        {
          title: t('dataSharing.period'),
          render: (_, r) => `${formatTime(r.startsAt)} – ${formatTime(r.endsAt)}`,
        },
        {
          title: t('dataSharing.state'),
          render: (_, r) => (
            <Space size={2}>
              <Tag {...testId('share-state')} data-state={r.state}>
                {words(r.stateLabel)}
              </Tag>
              {r.live && <Tag color="green">{t('dataSharing.live')}</Tag>}
              {r.expired && <Tag>{t('dataSharing.expired')}</Tag>}
            </Space>
          ),
        },
        { title: t('dataSharing.decidedBy'), render: (_, r) => r.decidedBy ?? '—' },
        {
          title: t('usersAdmin.actions'),
          render: (_, r) => {
            const offered = r.moves.filter((m) => m.allowed || !m.byRole);
            if (offered.length === 0) return null;
            const needsNote = offered.some((m) => m.inputs.length > 0);
            return (
              <Space orientation="vertical" size={4}>
                {needsNote && (
                  <Input
                    size="small"
                    placeholder={t('dataSharing.notePlaceholder')}
                    value={notes[r.id] ?? ''}
                    onChange={(e) => setNotes((n) => ({ ...n, [r.id]: e.target.value }))}
                    {...testId('share-note')}
                  />
                )}
                <Space size={4}>
                  {offered.map((m) => (
                    <Tooltip key={m.event} title={m.reason ? words(m.reason) : null}>
                      <Button
                        size="small"
                        disabled={!m.allowed}
                        loading={move.isPending}
                        {...testId(`share-${m.event}`)}
                        onClick={() =>
                          move.mutate(
                            { id: r.id, event: m.event, version: r.version, note: notes[r.id] || undefined },
                            {
                              onSuccess: () =>
                                void message.success(t('dataSharing.done', { move: words(m.label) })),
                              onError: showError,
                            },
                          )
                        }
                      >
                        {words(m.label)}
                      </Button>
                    </Tooltip>
                  ))}
                </Space>
              </Space>
            );
          },
        },
      ]}
    />
  );
};
