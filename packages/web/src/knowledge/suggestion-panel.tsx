import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage, useKnowledgeSearch } from './api.ts';
import { ArticleDrawer } from './article-drawer.tsx';
import { AskModal } from './ask-modal.tsx';

/** Wait this long after the last keystroke before searching (a product setting of the console). */
const TYPING_PAUSE_MS = 400;

/**
 * The knowledge base in the flow of work (issue #20 part 3): articles for what has been typed on a case, call or
 * claim screen, best first; open one, attach it to the reply (on a case), or ask a colleague when not sure.
 */
export const KnowledgeSuggestions = ({ text, caseId }: { text: string; caseId?: string | undefined }) => {
  const { t } = useTranslation();
  const [query, setQuery] = useState(text);
  const [open, setOpen] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.slice(0, 500)), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useKnowledgeSearch(query, 5);
  return (
    <Card
      size="small"
      title={t('knowledge.suggestions')}
      data-testid="knowledge-suggestions"
      extra={
        <Button
          size="small"
          icon={<QuestionCircleOutlined />}
          onClick={() => setAsking(true)}
          data-testid="knowledge-not-sure"
        >
          {t('knowledge.notSure')}
        </Button>
      }
    >
      {query.trim() === '' || (found.data && found.data.items.length === 0) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('knowledge.suggestionsHint')} />
      ) : (
        <List
          size="small"
          loading={found.isFetching}
          dataSource={found.data?.items ?? []}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button key="open" type="link" size="small" onClick={() => setOpen(a.id)}>
                  {t('knowledge.open')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Typography.Link onClick={() => setOpen(a.id)} data-testid="knowledge-suggestion">
                    {a.title}
                  </Typography.Link>
                }
                description={
                  <>
                    <Tag>{inLanguage(a.categoryLabel)}</Tag>
                    {a.snippet}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <ArticleDrawer id={open} caseId={caseId} onClose={() => setOpen(null)} />
      <AskModal
        open={asking}
        question={text.slice(0, 500)}
        caseId={caseId}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
};
