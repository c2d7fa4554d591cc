import { Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { ArticleDrawer } from './article-drawer.tsx';
import { ArticleEditor } from './article-editor.tsx';
import { ManageTab } from './manage-tab.tsx';
import { QuestionsTab } from './questions-tab.tsx';
import { QuizTab } from './quiz-tab.tsx';
import { SearchTab } from './search-tab.tsx';

/** 知识库 (issue #20): find an answer in the customer's words, maintain articles, questions to colleagues. */
export const KnowledgePage = ({ me }: { me: Me }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const manage = me.permissions.includes('knowledge.manage');
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('knowledge.title')}
        </Typography.Title>
      }
    >
      <Tabs
        items={[
          { key: 'search', label: t('knowledge.tabs.search'), children: <SearchTab /> },
          ...(manage
            ? [
                {
                  key: 'manage',
                  label: t('knowledge.tabs.manage'),
                  children: <ManageTab onOpen={setEditing} />,
                },
              ]
            : []),
          {
            key: 'questions',
            label: t('knowledge.tabs.questions'),
            children: <QuestionsTab me={me} onArticle={setEditing} />,
          },
          {
            key: 'quizzes',
            label: t('quiz.tab'),
            children: <QuizTab me={me} onArticle={setViewing} />,
          },
        ]}
      />
      <ArticleEditor id={editing} onClose={() => setEditing(null)} />
      <ArticleDrawer id={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
};
