import { segments } from './segments.ts';

/** A text with its forbidden-phrase hits underlined (wavy red), used by the guard and the transcript view. */
export const HighlightedText = ({
  text,
  hits,
  testId,
}: {
  text: string;
  hits: readonly { start: number; end: number }[];
  testId?: string;
}) => (
  <span style={{ whiteSpace: 'pre-wrap' }}>
    {segments(text, hits).map((s, i) =>
      s.hit ? (
        <mark
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt on every change
          key={i}
          data-testid={testId}
          style={{
            background: '#fff1f0',
            textDecoration: 'underline wavy #cf1322',
            textUnderlineOffset: 3,
            padding: 0,
          }}
        >
          {s.text}
        </mark>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: as above
        <span key={i}>{s.text}</span>
      ),
    )}
  </span>
);
