import { Button, Flex, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import {
  useAcceptTransfer,
  useAddNote,
  useCancelTransfer,
  useCaseEvent,
  useDeclineTransfer,
  useRequestTransfer,
} from '../api/cases.ts';
import { CASE_EVENTS, type CaseDetail, type CaseEvent, oneOf } from '../api/types.ts';
import { testId } from '../shell/format.ts';
import { NextStepPanel } from '../shell/next-step-panel.tsx';
import { useFeedback } from '../shell/use-feedback.ts';
import { NoteModal } from './note-modal.tsx';
import { TransferModal } from './transfer-modal.tsx';
import { useChangeError } from './use-change-error.ts';

type Dialog = 'answer' | 'resolve' | 'reopen' | 'note' | 'transfer' | 'decline' | null;

/**
 * Only what the server offers: the case machine's `moves` (allowed ones as buttons; a refusal that is not about
 * who the person is — a hand-over waiting — greyed out with its reason) and `transferMoves` for the hand-over.
 */
export const CaseActions = ({ detail }: { detail: CaseDetail }) => {
  const { t, i18n } = useTranslation();
  const inLanguage = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const { data: me } = useMe();
  const { message, modal } = useFeedback();
  const onError = useChangeError(detail.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const event = useCaseEvent(detail.id);
  const addNote = useAddNote(detail.id);
  const transfer = useRequestTransfer(detail.id);
  const accept = useAcceptTransfer(detail.id);
  const decline = useDeclineTransfer(detail.id);
  const cancel = useCancelTransfer(detail.id);
  const { version } = detail;
  const done = () => {
    setDialog(null);
    void message.success(t('action.done'));
  };

  // The next step's move comes first (issue #21 part 3); the rest keep the table's order.
  const first = detail.nextStep?.action.event;
  const moves = detail.moves
    .filter((m) => oneOf(CASE_EVENTS, m.event))
    .sort((a, b) => Number(b.event === first) - Number(a.event === first));
  const waiting = moves.filter((m) => !m.allowed && !m.byRole);
  // The resolution note is required where the table's row asks for it (the general flow), not by case kind here.
  const resolveNeedsNote = moves.some((m) => m.event === 'resolve' && m.inputs.includes('note'));
  // The hand-over table on the server says what this person may do; the console copies none of its guards.
  const offered = (e: string) => detail.transferMoves.some((m) => m.event === e && m.allowed);

  const confirm = (title: string, run: () => Promise<unknown>) =>
    modal.confirm({
      title,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: testId('confirm-ok'),
      onOk: async () => {
        try {
          await run();
          void message.success(t('action.done'));
        } catch (error) {
          onError(error);
        }
      },
    });

  const onEvent = (e: CaseEvent) => {
    if (e === 'close')
      confirm(t('action.closeConfirm'), () => event.mutateAsync({ event: 'close', version }));
    else if (e === 'start')
      confirm(t('action.startConfirm'), () => event.mutateAsync({ event: 'start', version }));
    else setDialog(e);
  };

  const eventModal = (name: 'answer' | 'resolve' | 'reopen', noteLabel: string, requiredMessage?: string) => (
    <NoteModal
      name={`${name}-dialog`}
      open={dialog === name}
      title={t(`action.${name}`)}
      noteLabel={noteLabel}
      requiredMessage={requiredMessage}
      withFcr={name === 'resolve'}
      guarded={name !== 'reopen'}
      loading={event.isPending}
      onCancel={() => setDialog(null)}
      onSubmit={(values, form) =>
        event.mutate(
          { event: name, version, ...values },
          { onSuccess: done, onError: (error) => onError(error, form) },
        )
      }
    />
  );

  const acceptNow = () => accept.mutate({ version }, { onSuccess: done, onError: (error) => onError(error) });
  const onNext = (e: string) => {
    if (oneOf(CASE_EVENTS, e)) onEvent(e);
    else if (e === 'accept') acceptNow();
  };

  return (
    <Flex vertical gap={12}>
      <NextStepPanel step={detail.nextStep} onAct={onNext} />
      <Space wrap data-testid="case-actions">
        {moves.map((m) => {
          const e = m.event;
          if (!oneOf(CASE_EVENTS, e) || !m.allowed) return null;
          return (
            <Button
              key={e}
              type={e === 'answer' || e === 'resolve' ? 'primary' : 'default'}
              data-testid={`action-${e}`}
              onClick={() => onEvent(e)}
            >
              {inLanguage(m.label)}
            </Button>
          );
        })}
        {waiting.map((m) => (
          <Tooltip key={m.event} title={m.reason ? inLanguage(m.reason) : undefined}>
            <Button disabled data-testid={`action-unavailable-${m.event}`} data-reason={m.reason?.code}>
              {inLanguage(m.label)}
            </Button>
          </Tooltip>
        ))}
        {hasPermission(me, 'case.work') && (
          <Button data-testid="action-note" onClick={() => setDialog('note')}>
            {t('action.addNote')}
          </Button>
        )}
        {offered('request') && (
          <Button data-testid="action-transfer" onClick={() => setDialog('transfer')}>
            {t('action.transfer')}
          </Button>
        )}
        {offered('cancel') && (
          <Button
            data-testid="action-cancel-transfer"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate({ version }, { onSuccess: done, onError: (error) => onError(error) })
            }
          >
            {t('action.cancelTransfer')}
          </Button>
        )}
        {offered('accept') && (
          <Button type="primary" data-testid="action-accept" loading={accept.isPending} onClick={acceptNow}>
            {t('action.accept')}
          </Button>
        )}
        {offered('decline') && (
          <Button danger data-testid="action-decline" onClick={() => setDialog('decline')}>
            {t('action.decline')}
          </Button>
        )}
        {eventModal('answer', t('action.answerNote'), t('action.answerNoteRequired'))}
        {eventModal('resolve', t('action.note'), resolveNeedsNote ? t('action.noteRequired') : undefined)}
        {eventModal('reopen', t('action.reopenNote'), t('action.reopenNoteRequired'))}
        <NoteModal
          name="note-dialog"
          open={dialog === 'note'}
          title={t('action.addNote')}
          noteLabel={t('action.note')}
          requiredMessage={t('action.noteRequired')}
          guarded
          loading={addNote.isPending}
          onCancel={() => setDialog(null)}
          onSubmit={({ note, overrideReason }, form) =>
            addNote.mutate(
              { note: note ?? '', overrideReason },
              { onSuccess: done, onError: (error) => onError(error, form) },
            )
          }
        />
        <NoteModal
          name="decline-dialog"
          noteMax={1000}
          open={dialog === 'decline'}
          title={t('action.decline')}
          noteLabel={t('action.note')}
          loading={decline.isPending}
          onCancel={() => setDialog(null)}
          onSubmit={({ note }, form) =>
            decline.mutate({ version, note }, { onSuccess: done, onError: (error) => onError(error, form) })
          }
        />
        <TransferModal
          open={dialog === 'transfer'}
          detail={detail}
          loading={transfer.isPending}
          onCancel={() => setDialog(null)}
          onSubmit={(values, form) =>
            transfer.mutate(
              { ...values, version },
              { onSuccess: done, onError: (error) => onError(error, form, ['toUserId', 'note']) },
            )
          }
        />
      </Space>
    </Flex>
  );
};
