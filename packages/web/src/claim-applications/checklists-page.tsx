import {
  type ChecklistSettings,
  type ClaimType,
  type DocumentList,
  diffChecklists,
} from '@claimline/domain/claim-applications';
import { Alert, Card, Checkbox, Flex, Form, Result, Skeleton, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { RulesBanners, RulesSaveBar, RulesVersionLine } from '../shell/versioned-rules.tsx';
import {
  type ChecklistsView,
  CLAIM_TYPE_LABELS,
  CLAIM_TYPES,
  DOCUMENT_LISTS,
  useChecklists,
  useSaveChecklists,
} from './api.ts';
import { missingLabels } from './checklist-draft.ts';
import { ChecklistListEditor } from './checklist-list-editor.tsx';

const NS = 'claimChecklists';
const ID = 'checklists';

/**
 * 理赔材料清单 (issue #14 part 2), head office's editor: which lists each claim type needs, and per list its items
 * (add, rename in Chinese and English, original required, reorder, remove). A save is a new version on the one the
 * page loaded, refused if someone saved in between (then reload), like the other versioned rules editors.
 * Applications already registered keep the list they were given; new ones snapshot the version in force.
 */
export const ClaimChecklistsPage = () => {
  const { t, i18n } = useTranslation();
  const { message, showError } = useFeedback();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const query = useChecklists();
  const save = useSaveChecklists();
  const [form] = Form.useForm<{ note?: string }>();
  const [draft, setDraft] = useState<ChecklistSettings | null>(null);
  const [conflict, setConflict] = useState(false);
  const data = query.data;
  useEffect(() => {
    if (data) setDraft(data.checklists);
  }, [data]);

  if (query.error) return <Result status="error" title={query.error.message} />;
  if (!data || !draft) return <Skeleton active />;

  const changes = diffChecklists(data.checklists, draft);
  const unnamed = missingLabels(draft);
  const setTypeLists = (type: ClaimType, lists: DocumentList[]) =>
    setDraft({
      ...draft,
      byClaimType: { ...draft.byClaimType, [type]: DOCUMENT_LISTS.filter((l) => lists.includes(l)) },
    });
  const startFrom = (view: ChecklistsView) => {
    setDraft(view.checklists);
    form.resetFields();
  };
  const reload = () =>
    void query.refetch().then((r) => {
      if (r.data) startFrom(r.data);
      setConflict(false);
    });
  const onFinish = (v: { note?: string }) => {
    if (unnamed.length > 0) return;
    save.mutate(
      { baseVersion: data.version, note: (v.note ?? '').trim(), checklists: draft },
      {
        onSuccess: (saved) => {
          startFrom(saved);
          void message.success(t('claimChecklists.saved', { version: saved.version }));
        },
        onError: (error) => {
          if (isApiError(error, 'CLAIM_CHECKLISTS_VERSION_CONFLICT')) setConflict(true);
          showError(error);
        },
      },
    );
  };

  return (
    <Card title={t('claimChecklists.title')} data-testid="claim-checklists">
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('claimChecklists.intro')}
        </Typography.Paragraph>
        <RulesVersionLine data={data} ns={NS} id={ID} />
        <RulesBanners editable={data.editable} conflict={conflict} onReload={reload} ns={NS} id={ID} />
        <Table
          rowKey="type"
          size="small"
          pagination={false}
          dataSource={CLAIM_TYPES.map((type) => ({ type }))}
          columns={[
            { title: t('claimChecklists.claimType'), render: (_, r) => say(CLAIM_TYPE_LABELS[r.type]) },
            {
              title: t('claimChecklists.lists'),
              render: (_, r) => (
                <Checkbox.Group
                  disabled={!data.editable}
                  value={draft.byClaimType[r.type]}
                  onChange={(v) => setTypeLists(r.type, v)}
                  options={DOCUMENT_LISTS.map((l) => ({ value: l, label: say(draft.lists[l].label) }))}
                  data-testid={`checklists-type-${r.type}`}
                />
              ),
            },
          ]}
        />
        {DOCUMENT_LISTS.map((list) => (
          <ChecklistListEditor
            key={list}
            draft={draft}
            list={list}
            editable={data.editable}
            onChange={setDraft}
          />
        ))}
        {unnamed.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('claimChecklists.labelRequired')}
            data-testid="checklists-unnamed"
          />
        )}
        <Form form={form} layout="vertical" disabled={!data.editable} onFinish={onFinish}>
          <RulesSaveBar
            ns={NS}
            id={ID}
            saving={save.isPending}
            editable={data.editable && unnamed.length === 0}
            changes={changes.length}
          />
        </Form>
      </Flex>
    </Card>
  );
};
