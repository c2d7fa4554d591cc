import { Button, Modal, Table, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type Binding, SHORTCUTS } from './shortcuts.ts';

const Keys = ({ keys }: { keys: readonly string[] }) => (
  <>
    {keys.map((k, i) => (
      <Fragment key={k}>
        {i > 0 && ' + '}
        <kbd className="claimline-kbd">{k}</kbd>
      </Fragment>
    ))}
  </>
);

const MOVES = [
  ['tab', [['Tab'], ['Shift', 'Tab']]],
  ['arrows', [['↑'], ['↓'], ['Enter']]],
  ['enter', [['Enter']]],
  ['escape', [['Esc']]],
] as const;

/** The `?` dialog: every shortcut of shortcuts.ts with its keys, then the moves every form and list takes. */
export const ShortcutHelp = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const bindingKeys = (b: Binding, i: number) => (
    <Fragment key={b.combo}>
      {i > 0 && ` ${t('keyboard.or')} `}
      <Keys keys={b.keys} />
      {b.inFormOnly && ` ${t('keyboard.inForm')}`}
    </Fragment>
  );
  const rows = SHORTCUTS.map((s) => ({
    key: s.id,
    action: t(`keyboard.shortcuts.${s.id}`),
    keys: s.bindings.map(bindingKeys),
  }));
  const moves = MOVES.map(([id, keys]) => ({
    key: id,
    action: t(`keyboard.moves.${id}`),
    keys: keys.map((k, i) => (
      <Fragment key={k.join('+')}>
        {i > 0 && ' / '}
        <Keys keys={k} />
      </Fragment>
    )),
  }));
  const columns = [
    { key: 'action', dataIndex: 'action', title: t('keyboard.action') },
    { key: 'keys', dataIndex: 'keys', title: t('keyboard.keys'), width: 240 },
  ];
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('keyboard.helpTitle')}
      width={640}
      footer={
        <Button type="primary" onClick={onClose} data-testid="shortcut-help-close">
          {t('keyboard.close')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('keyboard.helpIntro')}</Typography.Paragraph>
      <Table size="small" pagination={false} columns={columns} dataSource={rows} />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('keyboard.moves.title')}
      </Typography.Title>
      <Table size="small" pagination={false} columns={columns} dataSource={moves} />
    </Modal>
  );
};
