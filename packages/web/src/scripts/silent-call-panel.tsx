import { silentCallSteps } from '@claimline/domain/calls';
import { Alert, Button, Card, Flex, Progress, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from './api.ts';

export type SilentLogInput = {
  entries: { step: number; atMs: number }[];
  hungUpAtMs: number | null;
  customerSpoke: boolean;
};

/**
 * The silent-call protocol as a guided panel (seed 000 一(一)3): the agent says each line when the panel says so;
 * the panel times the 5-second waits, then offers the hang-up, and hands the log to `onFinish`.
 */
export const SilentCallPanel = ({
  onFinish,
  busy,
}: {
  onFinish: (log: SilentLogInput) => void;
  busy?: boolean;
}) => {
  const { t } = useTranslation();
  const desk = useDesk();
  const situation = desk.data?.standard.data.situations.find((s) => s.id === 'silentCall');
  const steps = situation ? silentCallSteps(situation) : [];
  const started = useRef<number | null>(null);
  const [entries, setEntries] = useState<SilentLogInput['entries']>([]);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (entries.length === 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 200);
    return () => window.clearInterval(timer);
  }, [entries.length]);

  const elapsed = started.current === null ? 0 : now - started.current;
  const last = entries.at(-1);
  const lastStep = last ? steps[last.step] : undefined;
  const waitMs = (lastStep?.waitSeconds ?? 0) * 1000;
  const waited = last ? elapsed - last.atMs : 0;
  const ready = !last || waited >= waitMs;
  const next = entries.length;
  const done = next >= steps.length;

  const say = () => {
    const t0 = started.current ?? Date.now();
    started.current = t0;
    setNow(Date.now());
    setEntries((e) => [...e, { step: e.length, atMs: Date.now() - t0 }]);
  };
  const finish = (customerSpoke: boolean) =>
    onFinish({
      entries,
      customerSpoke,
      hungUpAtMs: customerSpoke ? null : Date.now() - (started.current ?? Date.now()),
    });

  if (!situation) return null;
  return (
    <Card size="small" title={t('hotline.silent.title')} data-testid="silent-panel">
      <Flex vertical gap={12}>
        <Steps
          direction="vertical"
          size="small"
          current={next}
          items={steps.map((s) => ({
            title: s.say,
            description: s.waitSeconds ? t('hotline.phrases.wait', { s: s.waitSeconds }) : undefined,
          }))}
        />
        {last && !ready && (
          <Space>
            <Progress
              type="circle"
              size={40}
              percent={Math.min(100, (waited / waitMs) * 100)}
              format={() => Math.ceil((waitMs - waited) / 1000)}
            />
            <Typography.Text data-testid="silent-waiting">{t('hotline.silent.waiting')}</Typography.Text>
          </Space>
        )}
        <Space wrap>
          {!done && (
            <Button type="primary" disabled={!ready} onClick={say} data-testid="silent-say">
              {t('hotline.silent.said', { n: next + 1 })}
            </Button>
          )}
          {done && (
            <Button
              danger
              type="primary"
              disabled={!ready || busy}
              onClick={() => finish(false)}
              data-testid="silent-hang-up"
            >
              {t('hotline.silent.hangUp')}
            </Button>
          )}
          {entries.length > 0 && (
            <Button disabled={busy} onClick={() => finish(true)} data-testid="silent-spoke">
              {t('hotline.silent.customerSpoke')}
            </Button>
          )}
        </Space>
        {done && !ready && <Alert type="info" showIcon title={t('hotline.silent.waitBeforeHangUp')} />}
      </Flex>
    </Card>
  );
};
