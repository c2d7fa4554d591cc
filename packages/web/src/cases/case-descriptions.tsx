import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import type { CaseDetail } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';
import { RevealField } from '../shell/reveal-field.tsx';
import { StatusTag } from '../shell/status-tag.tsx';

export const CaseDescriptions = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canReveal = hasPermission(me, 'personal.reveal');
  const none = t('common.none');
  const fcr =
    detail.firstContactResolution === null
      ? none
      : detail.firstContactResolution
        ? t('cases.yes')
        : t('cases.no');
  const items: DescriptionsProps['items'] = [
    {
      key: 'number',
      label: t('cases.number'),
      children: <span data-testid="case-number-value">{detail.number}</span>,
    },
    { key: 'kind', label: t('cases.kind'), children: t(`kind.${detail.kind}`) },
    { key: 'channel', label: t('cases.channel'), children: t(`channel.${detail.channel}`) },
    { key: 'status', label: t('cases.status'), children: <StatusTag status={detail.status} /> },
    {
      key: 'owner',
      label: t('cases.owner'),
      children: <span data-testid="case-owner">{detail.ownerName}</span>,
    },
    { key: 'branch', label: t('cases.branch'), children: detail.branchName },
    {
      key: 'customerName',
      label: t('cases.customerName'),
      children: detail.customerName ? (
        <RevealField
          caseId={detail.id}
          field="customerName"
          masked={detail.customerName}
          canReveal={canReveal}
        />
      ) : (
        none
      ),
    },
    {
      key: 'customerPhone',
      label: t('cases.customerPhone'),
      children: detail.customerPhoneMasked ? (
        <RevealField
          caseId={detail.id}
          field="customerPhone"
          masked={detail.customerPhoneMasked}
          canReveal={canReveal}
        />
      ) : (
        <span data-testid="case-phone">{none}</span>
      ),
    },
    { key: 'fcr', label: t('cases.fcr'), children: <span data-testid="case-fcr">{fcr}</span> },
    { key: 'createdAt', label: t('cases.createdAt'), children: formatTime(detail.createdAt) },
    { key: 'updatedAt', label: t('cases.updatedAt'), span: 'filled', children: formatTime(detail.updatedAt) },
    {
      key: 'subject',
      label: t('cases.subject'),
      span: 'filled',
      children: detail.sealedFields.includes('cases.subject') ? (
        <RevealField caseId={detail.id} field="cases.subject" masked={detail.subject} canReveal={canReveal} />
      ) : (
        detail.subject
      ),
    },
    {
      key: 'description',
      label: t('cases.description'),
      span: 'filled',
      // An ID or phone number typed into it is shown masked; the full text is a reveal (issue #18 part 6).
      children: detail.sealedFields.includes('cases.description') ? (
        <RevealField
          caseId={detail.id}
          field="cases.description"
          masked={detail.description}
          canReveal={canReveal}
        />
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {detail.description}
        </Typography.Paragraph>
      ),
    },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={items}
      data-testid="case-fields"
    />
  );
};
