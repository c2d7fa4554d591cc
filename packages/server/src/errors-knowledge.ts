/**
 * Refusals of the knowledge base (issue #20), kept apart from errors.ts so each capability's part of the one error
 * table stays readable; errors.ts spreads it into ERRORS.
 */
export const KNOWLEDGE_ERRORS = {
  KNOWLEDGE_ARTICLE_NOT_FOUND: {
    status: 404,
    zh: '知识文章不存在或无权查看',
    en: 'Knowledge article not found',
  },
  KNOWLEDGE_NOT_MAINTAINER: {
    status: 403,
    zh: '只有本机构的客户服务管理岗或总公司可以维护该文章',
    en: "Only the article's branch service managers or head office may maintain it",
  },
  KNOWLEDGE_QUIZ_NOT_FOUND: { status: 404, zh: '测验不存在或无权查看', en: 'Quiz not found' },
  KNOWLEDGE_QUIZ_INVALID: {
    status: 400,
    zh: '测验不完整：每题需 2–6 个不重复的选项和一个正确答案，及格分在 1–100 之间',
    en: 'The quiz is incomplete: each question needs 2–6 distinct options and one right answer; pass mark 1–100',
  },
  KNOWLEDGE_QUIZ_NOT_PUBLISHED: { status: 409, zh: '测验尚未发布', en: 'The quiz is not published yet' },
  KNOWLEDGE_QUIZ_ANSWERS: {
    status: 400,
    zh: '答案数量与题目数量不符，请刷新后重新作答',
    en: 'The answers do not match the questions: reload the quiz and answer again',
  },
  KNOWLEDGE_ARTICLE_EMPTY: { status: 409, zh: '文章标题或正文为空', en: 'The article has no title or body' },
  KNOWLEDGE_REVIEW_DATE_PASSED: {
    status: 409,
    zh: '复审日期已过，请先设置新的复审日期',
    en: 'The review date has passed: set a new one first',
  },
  KNOWLEDGE_NOTE_REQUIRED: { status: 400, zh: '请填写原因', en: 'Say why' },
  KNOWLEDGE_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '文章当前状态下不能执行该操作',
    en: 'This step is not possible in the article’s current state',
  },
  KNOWLEDGE_NOT_EDITABLE: {
    status: 409,
    zh: '只有草稿可以修改，已发布的文章请先撤回修订',
    en: 'Only a draft can be edited: withdraw a published article to revise it',
  },
  KNOWLEDGE_HTML_REFUSED: {
    status: 400,
    zh: '正文只能使用 Markdown，不能包含 HTML 标签',
    en: 'The body is Markdown only: HTML tags are refused',
  },
  KNOWLEDGE_ATTACHMENT_TOO_LARGE: { status: 413, zh: '附件过大', en: 'The attachment is too large' },
  KNOWLEDGE_ATTACHMENT_NOT_FOUND: { status: 404, zh: '附件不存在', en: 'Attachment not found' },
  KNOWLEDGE_CASE_NOT_FOUND: { status: 404, zh: '工单不存在或无权查看', en: 'Case not found' },
  KNOWLEDGE_QUESTION_NOT_FOUND: { status: 404, zh: '问题不存在或无权查看', en: 'Question not found' },
  KNOWLEDGE_QUESTION_ANSWERED: {
    status: 409,
    zh: '该问题已经解答',
    en: 'The question has been answered already',
  },
  KNOWLEDGE_NOT_ASKED: {
    status: 403,
    zh: '只有被请教的同事或组长可以解答',
    en: 'Only the colleague or lead asked may answer',
  },
  KNOWLEDGE_COLLEAGUE_NOT_FOUND: {
    status: 400,
    zh: '被请教的人不存在、已停用或不在本机构',
    en: 'The person asked does not exist, is inactive or outside your branch',
  },
  KNOWLEDGE_LINK_INVALID: {
    status: 422,
    zh: '关联的知识文章不存在、已归档或您无权查看',
    en: 'A linked article does not exist, is archived or is outside what you may read',
  },
  TASK_NOT_FOUND: { status: 404, zh: '任务不存在或无权查看', en: 'Task not found' },
  TASK_NOT_ASSIGNEE: {
    status: 403,
    zh: '只有接受任务的人可以标记完成',
    en: 'Only the person given the task may mark it done',
  },
  TASK_NOT_CHECKER: {
    status: 403,
    zh: '只有指定的检查人可以确认或退回',
    en: 'Only the named checker may confirm or send it back',
  },
  TASK_NOT_GIVER: {
    status: 403,
    zh: '只有布置任务的人可以取消',
    en: 'Only the person who gave the task may cancel it',
  },
  TASK_NOTE_REQUIRED: { status: 400, zh: '请填写说明', en: 'Add a note' },
  TASK_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '任务当前状态下不能执行该操作',
    en: 'Not possible in the task’s current state',
  },
  PLAN_TARGET_INVALID: {
    status: 400,
    zh: '目标值超出范围：百分比和得分在 0–100 之间，时间为正数',
    en: 'Target out of range: percentages and scores 0–100, times positive',
  },
  TASK_TEAM_EMPTY: {
    status: 400,
    zh: '该团队没有可接收任务的在岗坐席，或不在您的机构范围内',
    en: 'The team has no active agents to take the task, or is outside your branches',
  },
  TASK_PERSON_NOT_FOUND: {
    status: 400,
    zh: '任务的执行人或检查人不存在、已停用或不在您的机构范围内',
    en: 'The assignee or checker does not exist, is inactive or outside your branches',
  },
} as const;
