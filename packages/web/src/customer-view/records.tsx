import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { RevealField } from '../shell/reveal-field.tsx';
import type { CustomerRecord, CustomerView } from './api.ts';

const GROUP_COLOR = {
  call: 'blue',
  complaint: 'red',
  claimReport: 'orange',
  claimApplication: 'gold',
  case: 'default',
} as const;

/** Where the console shows a record: the desk of its kind. */
export const recordHref = (r: CustomerRecord): string => {
  if (r.group === 'call') return `/calls/${r.id}`;
  if (r.group === 'complaint') return `/complaints/${r.id}`;
  if (r.group === 'claimReport') return `/claim-reports/${r.id}`;
  if (r.group === 'claimApplication') return `/claim-applications/${r.id}`;
  return `/cases/${r.id}`;
};

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
  });

/** One person's records grouped by kind, newest first in each group; every value shown is masked. */
export const CustomerRecords = ({ view }: { view: CustomerView }) => {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canReveal = hasPermission(me, 'personal.reveal');
  return (
    <Flex vertical gap={12} data-testid="customer-view">
      <Card size="small" data-testid="customer-person">
        <Flex gap={16} align="center" wrap>
          {/* Masked by default; a reveal goes through the case's own reveal, audited like every other. */}
          {view.person.revealCaseId && view.person.nameMasked ? (
            <RevealField
              caseId={view.person.revealCaseId}
              field="customerName"
              masked={view.person.nameMasked}
              canReveal={canReveal}
            />
          ) : (
            <Typography.Text strong>{view.person.nameMasked ?? t('customerView.unnamed')}</Typography.Text>
          )}
          {view.person.revealCaseId && view.person.phoneMasked ? (
            <RevealField
              caseId={view.person.revealCaseId}
              field="customerPhone"
              masked={view.person.phoneMasked}
              canReveal={canReveal}
            />
          ) : (
            view.person.phoneMasked && <Typography.Text>{view.person.phoneMasked}</Typography.Text>
          )}
          <Typography.Text type="secondary">
            {t('customerView.matchedBy', {
              keys: view.matchedBy.map((k) => t(`customerView.key.${k}`)).join(t('customerView.and')),
            })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('customerView.total', { n: view.total })}</Typography.Text>
        </Flex>
        {view.truncated && <Typography.Text type="warning">{t('customerView.truncated')}</Typography.Text>}
      </Card>
      {view.groups.length === 0 && <Empty description={t('customerView.none')} />}
      {view.groups.map((g) => (
        <Card
          key={g.group}
          size="small"
          title={`${t(`customerView.group.${g.group}`)}（${g.items.length}）`}
          data-testid={`customer-group-${g.group}`}
        >
          <Flex vertical gap={8}>
            {g.items.map((r) => (
              <Flex key={r.id} gap={12} align="baseline" wrap data-testid="customer-record">
                <Typography.Text type="secondary" style={{ minWidth: 150 }}>
                  {when(r.at, i18n.language)}
                </Typography.Text>
                <Tag color={GROUP_COLOR[r.group]}>
                  {r.caseKind ? t(`kind.${r.caseKind}`) : t(`customerView.group.${r.group}`)}
                </Tag>
                <Link to={recordHref(r)}>{r.number ?? r.phoneMasked ?? t('customerView.open')}</Link>
                {r.subject && <Typography.Text>{r.subject}</Typography.Text>}
                {r.caseStatus && <Tag>{t(`status.${r.caseStatus}`)}</Tag>}
                {r.callState && <Tag>{t(`hotline.state.${r.callState}`)}</Tag>}
                <Typography.Text type="secondary">{r.branchName}</Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
};
