import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Modal, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type CallDetail, useUploadTranscript } from './api.ts';

/**
 * The transcript form of the CTI account or a QA reviewer (issue #17 part 7). The reason is asked whenever the
 * server would make the version a reviewer's correction: always in the correction dialog, and for a reviewer
 * without the CTI permission; the call's own agent never sees this form.
 */
export const TranscriptForm = ({
  id,
  needsReason,
  onDone,
}: {
  id: string;
  needsReason: boolean;
  onDone?: () => void;
}) => {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const upload = useUploadTranscript(id);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const missingReason = needsReason && !reason.trim();
  const send = (value: string) =>
    upload.mutate(
      { text: value, reason: reason.trim() || undefined },
      {
        onError: showError,
        onSuccess: () => {
          setText('');
          setReason('');
          onDone?.();
        },
      },
    );
  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('hotline.transcript.placeholder')}
        data-testid="transcript-text"
      />
      {needsReason && (
        <Input
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('hotline.transcript.reason')}
          placeholder={`${t('hotline.transcript.reason')}：${t('hotline.transcript.reasonPlaceholder')}`}
          data-testid="transcript-reason"
        />
      )}
      <Space>
        <Button
          type="primary"
          disabled={!text.trim() || missingReason}
          loading={upload.isPending}
          onClick={() => send(text)}
          data-testid="transcript-submit"
        >
          {t('hotline.transcript.submit')}
        </Button>
        <Upload
          accept=".txt,text/plain"
          showUploadList={false}
          disabled={missingReason}
          beforeUpload={(file) => {
            void file.text().then(send);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={missingReason} data-testid="transcript-file">
            {t('hotline.transcript.file')}
          </Button>
        </Upload>
      </Space>
    </Flex>
  );
};

/** A reviewer's correction of an existing transcript: a dialog that asks for the reason. */
export const CorrectTranscript = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="transcript-correct">
        {t('hotline.transcript.correct')}
      </Button>
      <Modal
        open={open}
        title={t('hotline.transcript.correctTitle')}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <TranscriptForm id={id} needsReason onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
};

/** Every version of the transcript: who added it, when, from where, why, and the score it had. */
export const TranscriptVersions = ({ call }: { call: CallDetail }) => {
  const { t } = useTranslation();
  if (call.transcriptVersions.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey="version"
      pagination={false}
      data-testid="transcript-versions"
      title={() => t('hotline.transcript.versions')}
      dataSource={call.transcriptVersions}
      columns={[
        { title: t('hotline.transcript.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
        {
          title: t('hotline.transcript.source'),
          dataIndex: 'source',
          render: (s: string) => <Tag>{t(`hotline.transcriptSource.${s}`, { defaultValue: s })}</Tag>,
        },
        {
          title: t('hotline.transcript.addedBy'),
          dataIndex: 'addedBy',
          render: (v: string | null) => v ?? '—',
        },
        {
          title: t('hotline.transcript.addedAt'),
          dataIndex: 'addedAt',
          render: (v: string) => formatTime(v),
        },
        {
          title: t('hotline.scoreHistory.note'),
          dataIndex: 'reason',
          render: (v: string | null) => v ?? '—',
        },
        { title: t('hotline.transcript.score'), dataIndex: 'score', render: (v: number | null) => v ?? '—' },
      ]}
    />
  );
};

/** Every QA score change of the call: cause, who (or which account's event), why, before → after. */
export const ScoreHistory = ({ call }: { call: CallDetail }) => {
  const { t } = useTranslation();
  if (call.scoreHistory.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      data-testid="score-history"
      title={() => t('hotline.scoreHistory.title')}
      dataSource={call.scoreHistory}
      columns={[
        { title: t('hotline.transcript.addedAt'), dataIndex: 'at', render: (v: string) => formatTime(v) },
        {
          title: t('hotline.scoreHistory.cause'),
          dataIndex: 'cause',
          render: (_: string, h) =>
            t(`hotline.scoreHistory.causes.${h.cause}`, { v: String(h.transcriptVersion ?? '') }),
        },
        {
          title: t('hotline.scoreHistory.actor'),
          dataIndex: 'actor',
          render: (v: string | null) => v ?? '—',
        },
        {
          title: t('hotline.scoreHistory.note'),
          dataIndex: 'reason',
          render: (v: string | null) => v ?? '—',
        },
        {
          title: t('hotline.scoreHistory.change'),
          key: 'change',
          render: (_, h) => `${h.scoreBefore ?? '—'} → ${h.scoreAfter ?? '—'}`,
        },
      ]}
    />
  );
};
