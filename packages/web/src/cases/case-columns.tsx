import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { CaseQuery, CaseSort, CaseSummary } from '../api/types.ts';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { formatTime } from '../shell/format.ts';
import { StatusTag } from '../shell/status-tag.tsx';

const sortOrderOf = (query: CaseQuery, key: CaseSort) =>
  query.sort === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null;

/** Columns of the case list; sorting is done by the server, so each sorter is just `true`. */
export const caseColumns = (t: TFunction, query: CaseQuery): TableColumnsType<CaseSummary> => [
  {
    key: 'number',
    dataIndex: 'number',
    title: t('cases.number'),
    // The case's identity stays in view while the other columns scroll sideways.
    fixed: 'left',
    sorter: true,
    sortOrder: sortOrderOf(query, 'number'),
    render: (number: string, row) => (
      <Link to={`/cases/${row.id}`} data-testid="case-number" onClick={(e) => e.stopPropagation()}>
        {number}
      </Link>
    ),
  },
  { key: 'kind', dataIndex: 'kind', title: t('cases.kind'), render: (_v, row) => t(`kind.${row.kind}`) },
  {
    key: 'channel',
    dataIndex: 'channel',
    title: t('cases.channel'),
    render: (_v, row) => t(`channel.${row.channel}`),
  },
  {
    key: 'status',
    dataIndex: 'status',
    title: t('cases.status'),
    sorter: true,
    sortOrder: sortOrderOf(query, 'status'),
    render: (_v, row) => <StatusTag status={row.status} />,
  },
  {
    key: 'deadline',
    title: t('deadline.title'),
    render: (_v, row) => (row.nextDeadline ? <DeadlineBadge deadline={row.nextDeadline} showKind /> : null),
  },
  { key: 'subject', dataIndex: 'subject', title: t('cases.subject'), ellipsis: true },
  {
    key: 'customer',
    dataIndex: 'customerName',
    title: t('cases.customer'),
    render: (name: string | null) => name ?? t('common.none'),
  },
  { key: 'owner', dataIndex: 'ownerName', title: t('cases.owner') },
  { key: 'branch', dataIndex: 'branchName', title: t('cases.branch') },
  {
    key: 'createdAt',
    dataIndex: 'createdAt',
    title: t('cases.createdAt'),
    sorter: true,
    sortOrder: sortOrderOf(query, 'createdAt'),
    render: (at: string) => formatTime(at),
  },
  {
    key: 'updatedAt',
    dataIndex: 'updatedAt',
    title: t('cases.updatedAt'),
    sorter: true,
    sortOrder: sortOrderOf(query, 'updatedAt'),
    responsive: ['xl'],
    render: (at: string) => formatTime(at),
  },
];
