import type { TranscriptHit, Turn } from '@claimline/domain/qa';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HighlightedText } from '../scripts/highlighted-text.tsx';

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The transcript turn by turn, forbidden phrases highlighted where the scorecard found them. */
export const TranscriptView = ({
  turns,
  hits,
}: {
  turns: readonly Turn[];
  hits: readonly TranscriptHit[];
}) => {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="transcript">
      {turns
        .map((turn, i) => ({ turn, i, key: `${turn.startMs}:${i}` }))
        .map(({ turn, i, key }) => (
          <Flex key={key} gap={8} align="baseline" data-testid="transcript-turn">
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', minWidth: 48 }}>
              {clock(turn.startMs)}
            </Typography.Text>
            <Tag
              color={turn.speaker === 'agent' ? 'blue' : 'default'}
              style={{ minWidth: 44, textAlign: 'center' }}
            >
              {t(`hotline.speaker.${turn.speaker}`)}
            </Tag>
            <Typography.Text>
              <HighlightedText
                text={turn.text}
                hits={hits.filter((h) => h.turn === i)}
                testId="transcript-hit"
              />
            </Typography.Text>
          </Flex>
        ))}
    </Flex>
  );
};
