import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Input,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { isApiError } from '../api/client.ts';
import { PhrasePanel } from '../scripts/phrase-panel.tsx';
import { SilentCallPanel } from '../scripts/silent-call-panel.tsx';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { useCall, useLinkCase, useLogSilent, useUploadTranscript } from './api.ts';
import { RingsTag } from './calls-page.tsx';
import { queueLabel } from './labels.ts';
import { ScorecardView } from './scorecard-view.tsx';
import { TranscriptView } from './transcript-view.tsx';

const TranscriptUpload = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const upload = useUploadTranscript(id);
  const [text, setText] = useState('');
  const send = (value: string) => upload.mutate(value, { onError: showError });
  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('hotline.transcript.placeholder')}
        data-testid="transcript-text"
      />
      <Space>
        <Button
          type="primary"
          disabled={!text.trim()}
          loading={upload.isPending}
          onClick={() => send(text)}
          data-testid="transcript-submit"
        >
          {t('hotline.transcript.submit')}
        </Button>
        <Upload
          accept=".txt,text/plain"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(send);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="transcript-file">
            {t('hotline.transcript.file')}
          </Button>
        </Upload>
      </Space>
    </Flex>
  );
};

const LinkCase = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const link = useLinkCase(id);
  const [caseId, setCaseId] = useState('');
  return (
    <Space.Compact>
      <Input
        placeholder={t('hotline.calls.caseId')}
        value={caseId}
        onChange={(e) => setCaseId(e.target.value.trim())}
      />
      <Button
        loading={link.isPending}
        disabled={!caseId}
        onClick={() => link.mutate(caseId, { onError: showError })}
      >
        {t('hotline.calls.link')}
      </Button>
    </Space.Compact>
  );
};

/** One call: its record, the agent-desk panels while it is live, the transcript with hits and the QA scorecard. */
export const CallDetailPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const { showError } = useFeedback();
  const query = useCall(id);
  const logSilent = useLogSilent(id);
  const call = query.data;
  if (isApiError(query.error) && query.error.status === 404)
    return <Result status="404" title={t('hotline.calls.notFound')} subTitle={query.error.message} />;
  if (!call) return <Skeleton active />;
  const canWork = hasPermission(me, 'call.work');
  return (
    <Row gutter={[16, 16]} data-testid="call-detail">
      <Col xs={24} xl={15}>
        <Flex vertical gap={16}>
          <Card title={`${t('hotline.calls.call')} ${call.callId}`}>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('hotline.calls.caller')}>
                {call.callerMasked ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.agent')}>
                {call.agent ? `${call.agent.name}（${call.agent.agentNo ?? '—'}）` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.ringStart')}>
                {formatTime(call.ringStartedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.answer')}>
                <Space>
                  {formatTime(call.answeredAt)}
                  <RingsTag call={call} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.end')}>{formatTime(call.endedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.hungUpBy')}>
                {call.hungUpBy ? t(`hotline.hungUp.${call.hungUpBy}`) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.queue')}>
                {queueLabel(t, call.queue)}
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.state')}>
                {t(`hotline.state.${call.state}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('hotline.calls.cases')} span={2}>
                <Space wrap>
                  {call.cases.map((c) => (
                    <Link key={c.id} to={`/cases/${c.id}`}>
                      {c.number}
                    </Link>
                  ))}
                  {canWork && <LinkCase id={call.id} />}
                </Space>
              </Descriptions.Item>
            </Descriptions>
            {call.silentCheck && (
              <Alert
                style={{ marginTop: 12 }}
                type={call.silentCheck.followed ? 'success' : 'warning'}
                showIcon
                data-testid="silent-check"
                title={
                  call.silentCheck.followed ? t('hotline.silent.followed') : t('hotline.silent.notFollowed')
                }
                description={call.silentCheck.problems.map((p) => (
                  <Tag key={`${p.kind}-${p.step}`}>
                    {t(`hotline.silentProblem.${p.kind}`, { n: p.step + 1 })}
                  </Tag>
                ))}
              />
            )}
          </Card>
          <Card title={t('hotline.transcript.title')}>
            {call.transcript ? (
              <TranscriptView turns={call.transcript.turns} hits={call.scorecard?.card.hits ?? []} />
            ) : call.answeredAt && canWork ? (
              <TranscriptUpload id={call.id} />
            ) : (
              <Alert type="info" title={t('hotline.transcript.none')} />
            )}
          </Card>
          <Card title={t('hotline.qa.title')} data-testid="scorecard">
            <ScorecardView call={call} canReview={hasPermission(me, 'qa.review')} />
          </Card>
        </Flex>
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap={16}>
          {call.state === 'answered' && !call.silentLog && canWork && (
            <SilentCallPanel
              busy={logSilent.isPending}
              onFinish={(log) => logSilent.mutate(log, { onError: showError })}
            />
          )}
          <PhrasePanel initialSituation={call.answeredWithinRings === false ? 'slowAnswer' : 'greeting'} />
        </Flex>
      </Col>
    </Row>
  );
};
