import { Alert, Button, Flex, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format.ts';

/**
 * The parts every head-office rules editor shares (报案规则, 投诉规则): which version is in force and who saved it,
 * the read-only and "someone saved in between" banners, and the note + save bar. `ns` is the editor's i18n
 * namespace and `id` its test-id prefix; both namespaces carry the same keys.
 */
type Ns = 'claimRules' | 'complaintRules' | 'claimChecklists';
type Key =
  | 'versionDefault'
  | 'version'
  | 'savedBy'
  | 'readOnly'
  | 'conflict'
  | 'reload'
  | 'note'
  | 'noteHint'
  | 'required'
  | 'save'
  | 'changes'
  | 'noChanges';

const useNsT = (ns: Ns) => {
  const { t } = useTranslation();
  return (key: Key, options?: Record<string, unknown>) =>
    t(`${ns}.${key}` as 'claimRules.save', options ?? {});
};

type Saved = { version: number; savedBy: string | null; savedAt: string | null; note: string | null };

export const RulesVersionLine = ({ data, ns, id }: { data: Saved; ns: Ns; id: string }) => {
  const t = useNsT(ns);
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong data-testid={`${id}-version`} data-version={data.version}>
        {data.version === 0 ? t('versionDefault') : t('version', { version: data.version })}
      </Typography.Text>
      {data.savedBy && (
        <Typography.Text type="secondary" data-testid={`${id}-saved-by`}>
          {t('savedBy', { by: data.savedBy, at: formatTime(data.savedAt), note: data.note })}
        </Typography.Text>
      )}
    </Flex>
  );
};

export const RulesBanners = ({
  editable,
  conflict,
  onReload,
  ns,
  id,
}: {
  editable: boolean;
  conflict: boolean;
  onReload: () => void;
  ns: Ns;
  id: string;
}) => {
  const t = useNsT(ns);
  return (
    <>
      {!editable && <Alert type="info" showIcon title={t('readOnly')} />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid={`${id}-conflict`}
          title={t('conflict')}
          action={
            <Button size="small" onClick={onReload} data-testid={`${id}-reload`}>
              {t('reload')}
            </Button>
          }
        />
      )}
    </>
  );
};

/** Inside the editor's Form: the required note of the new version, the save button and the count of changes. */
export const RulesSaveBar = ({
  ns,
  id,
  saving,
  editable,
  changes,
  noteStyle,
}: {
  ns: Ns;
  id: string;
  saving: boolean;
  editable: boolean;
  changes: number;
  noteStyle?: React.CSSProperties;
}) => {
  const t = useNsT(ns);
  return (
    <>
      <Form.Item
        name="note"
        label={t('note')}
        extra={t('noteHint')}
        style={noteStyle}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={500} style={{ maxWidth: 520 }} data-testid={`${id}-note`} />
      </Form.Item>
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={!editable || changes === 0}
          data-testid={`${id}-save`}
        >
          {t('save')}
        </Button>
        <Typography.Text type="secondary" data-testid={`${id}-changes`}>
          {changes > 0 ? t('changes', { count: changes }) : t('noChanges')}
        </Typography.Text>
      </Space>
    </>
  );
};
