import type { Generated } from 'kysely';

/** Tables of the knowledge base (migration 0023, issue #20). */
export type KnowledgeTables = {
  knowledge_articles: {
    id: string;
    branch_id: string;
    category: string;
    product: string | null;
    state: string;
    version: Generated<number>;
    current_version: number;
    published_version: number | null;
    roles: string[];
    review_at: Date;
    review_flagged_at: Date | null;
    published_at: Date | null;
    published_by: string | null;
    created_by: string;
    created_at: Date;
    updated_at: Date;
  };
  knowledge_versions: {
    article_id: string;
    version_no: number;
    title: string;
    body_md: string;
    questions: string[];
    keywords: string[];
    source: string | null;
    change_note: string | null;
    edited_by: string;
    edited_at: Date;
  };
  knowledge_terms: { term: string; article_id: string; weight: number };
  knowledge_term_stats: { term: string; df: number };
  knowledge_attachments: {
    id: string;
    article_id: string;
    file_name: string;
    content_type: string;
    size_bytes: number;
    content: Buffer;
    uploaded_by: string;
    uploaded_at: Date;
  };
  knowledge_links: {
    id: string;
    article_id: string;
    version_no: number;
    case_id: string;
    linked_by: string;
    linked_at: Date;
  };
  /** Migration 0054: the items of the packs and settings in force that link to an article (its "used by"). */
  knowledge_item_links: {
    article_id: string;
    source: string;
    item_key: string;
    label: unknown;
    source_version: number;
  };
  knowledge_quizzes: {
    id: string;
    branch_id: string;
    topic: string;
    title: string;
    pass_mark: number;
    certifies: boolean;
    questions: unknown;
    article_ids: string[];
    published: boolean;
    version: number;
    created_by: string;
    created_at: Date;
    updated_by: string;
    updated_at: Date;
  };
  knowledge_quiz_attempts: {
    id: string;
    quiz_id: string;
    quiz_version: number;
    user_id: string;
    branch_id: string;
    answers: unknown;
    correct: number;
    total: number;
    score: number;
    passed: boolean;
    certificate_id: string | null;
    taken_at: Date;
  };
  knowledge_questions: {
    id: string;
    branch_id: string;
    case_id: string | null;
    asked_by: string;
    asked_to: string;
    question: string;
    state: string;
    answer: string | null;
    answered_by: string | null;
    answered_at: Date | null;
    article_id: string | null;
    created_at: Date;
  };
};

/** Ad-hoc tasks of a team (migration 0024, issue #20 part 4). */
export type TaskTables = {
  team_plans: {
    branch_id: string;
    period: string;
    targets: unknown;
    note: string;
    version: Generated<number>;
    updated_by: string;
    updated_at: Date;
  };
  team_tasks: {
    id: string;
    branch_id: string;
    title: string;
    detail: string;
    assignee_id: string;
    given_by: string;
    checker_id: string;
    state: string;
    version: Generated<number>;
    working_days: number;
    due_at: Date;
    remind_at: Date;
    next_action_at: Date | null;
    reminded_at: Date | null;
    escalated_at: Date | null;
    done_at: Date | null;
    confirmed_at: Date | null;
    note: string | null;
    created_at: Date;
    updated_at: Date;
    /** A task given to a team: one row per member, sharing the group (migration 0030). */
    group_id: Generated<string | null>;
    team_branch_id: Generated<string | null>;
  };
};
