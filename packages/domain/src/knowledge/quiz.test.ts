import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeQuiz, knowledgeMastery, quizProblems, suggestedKnowledgePoints } from './quiz.ts';

const q = (id: string, answer: number, options = ['甲', '乙', '丙']) => ({
  id,
  prompt: `问题${id}`,
  options,
  answer,
});

describe('self-study quiz (seed 002 §四(一)3)', () => {
  it.each([
    ['no questions', [], 60, ['EMPTY']],
    ['one option', [q('a', 0, ['只有一个'])], 60, ['OPTIONS']],
    ['answer beyond the options', [q('a', 3)], 60, ['ANSWER_OUT_OF_RANGE']],
    ['the same option twice', [q('a', 0, ['是', '是 '])], 60, ['DUPLICATE_OPTION']],
    ['the same id twice', [q('a', 0), q('a', 1)], 60, ['DUPLICATE_ID']],
    ['pass mark 0', [q('a', 0)], 0, ['PASS_MARK']],
    ['pass mark above 100', [q('a', 0)], 101, ['PASS_MARK']],
    ['a good quiz', [q('a', 0), q('b', 2)], 60, []],
  ])('%s', (_name, questions, passMark, kinds) => {
    expect(quizProblems(questions, passMark).map((p) => p.kind)).toEqual(kinds);
  });

  it('grades right, wrong and unanswered questions and names the article to read', () => {
    const qs = [q('a', 0), { ...q('b', 1), articleId: 'art-1' }, q('c', 2)];
    const r = gradeQuiz(qs, [0, 2], 60);
    expect(r).toEqual({
      correct: 1,
      total: 3,
      score: 33.3,
      passed: false,
      wrong: [
        { id: 'b', articleId: 'art-1' },
        { id: 'c', articleId: null },
      ],
    });
    expect(gradeQuiz(qs, [0, 1, 0], 60).score).toBe(66.7);
    expect(gradeQuiz(qs, [0, 1, 0], 60).passed).toBe(true);
  });

  it('the score is in [0, 100], all right is 100, and a pass is exactly score ≥ pass mark', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 3 })), { maxLength: 30 }),
        fc.integer({ min: 1, max: 100 }),
        (keys, answers, passMark) => {
          const qs = keys.map((k, i) => q(String(i), k, ['a', 'b', 'c', 'd']));
          const r = gradeQuiz(qs, answers, passMark);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.correct + r.wrong.length).toBe(qs.length);
          expect(r.passed).toBe(r.score >= passMark);
          expect(gradeQuiz(qs, keys, passMark).score).toBe(100);
        },
      ),
    );
  });

  it('mastery is the mean of the best score per quiz; none taken is not measured', () => {
    expect(knowledgeMastery([])).toBeNull();
    expect(
      knowledgeMastery([
        { quizId: 'x', score: 40 },
        { quizId: 'x', score: 90 },
        { quizId: 'x', score: 70 },
        { quizId: 'y', score: 60 },
      ]),
    ).toBe(75);
  });

  it('the suggested 业务知识 points follow the lead’s five-point scale to the half point', () => {
    expect(suggestedKnowledgePoints(null)).toBeNull();
    expect(suggestedKnowledgePoints(100)).toBe(5);
    expect(suggestedKnowledgePoints(75)).toBe(4);
    expect(suggestedKnowledgePoints(66.7)).toBe(3.5);
    expect(suggestedKnowledgePoints(0)).toBe(0);
  });
});
