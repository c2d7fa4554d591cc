import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { useCaseList } from '../api/cases.ts';
import { useLiveEvents } from '../api/live.ts';
import { CASE_SORTS, type CaseQuery, type CaseSummary, oneOf } from '../api/types.ts';
import { ColumnChooser, chooserOptions, useHiddenColumns, visibleColumns } from '../shell/column-chooser.tsx';
import { ExportButton } from '../shell/export-button.tsx';
import { testId } from '../shell/format.ts';
import { caseColumns } from './case-columns.tsx';
import { CaseFilters } from './case-filters.tsx';
import { PAGE_SIZES, readCaseQuery, writeCaseQuery } from './case-query.ts';

export const CaseListPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const query = readCaseQuery(params);
  // Issue #19: pages are read by cursor (no count, no OFFSET). The cursor of each page reached is kept for the
  // current filters, so going back and forth is keyset too; a page opened from a link falls back to its number.
  const view = JSON.stringify({ ...query, page: 0 });
  const [cursors, setCursors] = useState<{ view: string; after: Record<number, string> }>({
    view,
    after: {},
  });
  const known = cursors.view === view ? cursors.after : {};
  const list = useCaseList(query, query.page > 1 ? known[query.page] : undefined);
  // While a page loads the previous one stays on screen: its cursor belongs to the page it came from, not this one.
  const next = list.isPlaceholderData ? undefined : list.data?.next;
  useEffect(() => {
    if (next && known[query.page + 1] !== next)
      setCursors({ view, after: { ...known, [query.page + 1]: next } });
  }, [next, known, query.page, view]);
  const shown = list.data?.items.length ?? 0;
  // No exact count: the pager knows the pages read so far and whether one more follows.
  const reachable = (query.page - 1) * query.pageSize + shown + (list.data?.more ? 1 : 0);
  // The case list is also the claim-report board: any case, complaint or report change refreshes it.
  useLiveEvents(['case', 'complaint', 'claimReport', 'deadline']);
  const columns = caseColumns(t, query);
  const [hidden, setHidden] = useHiddenColumns('cases');

  const update = (patch: Partial<CaseQuery>) => setParams(writeCaseQuery({ ...query, ...patch }));

  const onChange: TableProps<CaseSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = single?.columnKey;
      if (single?.order && oneOf(CASE_SORTS, key)) {
        update({ sort: key, order: single.order === 'ascend' ? 'asc' : 'desc', page: 1 });
      } else {
        update({ sort: 'createdAt', order: 'desc', page: 1 });
      }
      return;
    }
    const pageSize = pagination.pageSize ?? query.pageSize;
    update({ page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize });
  };

  return (
    <Card
      title={t('cases.title')}
      extra={
        <Space>
          <ColumnChooser
            options={chooserOptions(columns)}
            hidden={hidden}
            onChange={setHidden}
            testId="case-columns"
          />
          <ExportButton list="cases" filters={{ ...query, mine: query.mine ? true : undefined }} />
          {hasPermission(me, 'case.create') && (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-case-button">
                {t('menu.newCase')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <CaseFilters query={query} onChange={update} />
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<CaseSummary>
        data-testid="case-table"
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={visibleColumns(columns, hidden)}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('cases.empty') }}
        onChange={onChange}
        onRow={(row) => ({
          onClick: () => navigate(`/cases/${row.id}`),
          style: { cursor: 'pointer' },
          ...testId(`case-row-${row.number}`),
        })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: reachable,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
        }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
};
