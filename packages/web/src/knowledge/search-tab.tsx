import { Empty, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage, useKnowledgeSearch } from './api.ts';
import { ArticleDrawer } from './article-drawer.tsx';

/** 查找答案: the agent types the customer's words and gets the articles best first. */
export const SearchTab = () => {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const found = useKnowledgeSearch(q, 10);
  return (
    <>
      <Input.Search
        size="large"
        allowClear
        enterButton
        placeholder={t('knowledge.searchPlaceholder')}
        onSearch={(v) => setQ(v.trim())}
        loading={found.isFetching}
        data-testid="knowledge-search"
      />
      {q !== '' && found.data && found.data.items.length === 0 ? (
        <Empty style={{ marginTop: 24 }} description={t('knowledge.noResults')} />
      ) : (
        <List
          style={{ marginTop: 16 }}
          dataSource={found.data?.items ?? []}
          renderItem={(a) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Typography.Link onClick={() => setOpen(a.id)} data-testid="knowledge-result">
                    {a.title}
                  </Typography.Link>
                }
                description={
                  <>
                    <Tag color="blue">{inLanguage(a.categoryLabel)}</Tag>
                    {a.snippet}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <ArticleDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
};
