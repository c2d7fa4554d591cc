import { Alert, Button, Card, Col, Descriptions, Flex, Input, Result, Row, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { isApiError } from '../api/client.ts';
import { CustomerViewLink } from '../customer-view/customer-view-page.tsx';
import { KnowledgeSuggestions } from '../knowledge/suggestion-panel.tsx';
import { PhrasePanel } from '../scripts/phrase-panel.tsx';
import { SilentCallPanel } from '../scripts/silent-call-panel.tsx';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { useCall, useLinkCase, useLogSilent } from './api.ts';
import { RingsTag } from './calls-page.tsx';
import { queueLabel } from './labels.ts';
import { ScorecardView } from './scorecard-view.tsx';
import {
  CorrectTranscript,
  ScoreHistory,
  TranscriptForm,
  TranscriptVersions,
} from './transcript-versions.tsx';
import { TranscriptView } from './transcript-view.tsx';

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
  // Nobody edits the record that judges them: the call's own agent gets no transcript control (issue #17 part 7).
  const ownCall = Boolean(me && call.agent && call.agent.id === me.id);
  const isCti = hasPermission(me, 'cti.feed');
  const isReviewer = hasPermission(me, 'qa.review');
  const canAddTranscript = Boolean(call.answeredAt) && !ownCall && (isCti || isReviewer);
  const contradicted = (call.silentCheck?.contradictions.length ?? 0) > 0;
  return (
    <Row gutter={[16, 16]} data-testid="call-detail">
      <Col xs={24} xl={15}>
        <Flex vertical gap={16}>
          <Card
            title={`${t('hotline.calls.call')} ${call.callId}`}
            extra={call.callerMasked && <CustomerViewLink kind="call" id={call.id} />}
          >
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
                type={call.silentCheck.followed && !contradicted ? 'success' : 'warning'}
                showIcon
                data-testid="silent-check"
                title={
                  contradicted
                    ? t('hotline.silentContradicted')
                    : call.silentCheck.followed
                      ? t('hotline.silent.followed')
                      : t('hotline.silent.notFollowed')
                }
                description={[
                  ...call.silentCheck.contradictions.map((c) => (
                    <Tag key={c} color="red" data-testid="silent-contradiction">
                      {t(`hotline.silentContradiction.${c}`)}
                    </Tag>
                  )),
                  ...call.silentCheck.problems.map((p) => (
                    <Tag key={`${p.kind}-${p.step}`}>
                      {t(`hotline.silentProblem.${p.kind}`, { n: p.step + 1 })}
                    </Tag>
                  )),
                ]}
              />
            )}
          </Card>
          <Card
            title={t('hotline.transcript.title')}
            extra={call.transcript && canAddTranscript && isReviewer && <CorrectTranscript id={call.id} />}
          >
            <Flex vertical gap={12}>
              {call.transcript ? (
                <TranscriptView turns={call.transcript.turns} hits={call.scorecard?.card.hits ?? []} />
              ) : canAddTranscript ? (
                <TranscriptForm id={call.id} needsReason={!isCti} />
              ) : (
                <Alert type="info" title={t('hotline.transcript.none')} />
              )}
              {ownCall && call.answeredAt && (
                <Alert
                  type="info"
                  showIcon
                  title={t('hotline.transcript.ownCall')}
                  data-testid="transcript-own-call"
                />
              )}
              <TranscriptVersions call={call} />
            </Flex>
          </Card>
          <Card title={t('hotline.qa.title')} data-testid="scorecard">
            <Flex vertical gap={12}>
              <ScorecardView call={call} canReview={isReviewer} />
              <ScoreHistory call={call} />
            </Flex>
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
          {hasPermission(me, 'knowledge.read') && (
            <KnowledgeSuggestions
              text={(call.transcript?.turns ?? [])
                .filter((x) => x.speaker === 'customer')
                .map((x) => x.text)
                .join(' ')}
              caseId={call.cases[0]?.id}
            />
          )}
        </Flex>
      </Col>
    </Row>
  );
};
