/**
 * Every hard-rule breach of a duty plan (issue #16), each with a stable code, zh/en words and the rule behind it.
 * Pure: the plan and the rules are data; nothing here reads a clock.
 */

import { epochDayOf, weekdayOfEpochDay } from '../calendar/local-time.ts';
import type { Label } from '../core/labels.ts';
import { TRAINING_TOPIC_LABELS, type TrainingTopic } from '../training/requirements.ts';
import type {
  Agent,
  Assignment,
  Post,
  RosterPlan,
  RosterRules,
  RosterViolation,
  RosterViolationCode,
  ShiftTemplate,
} from './roster-types.ts';
import { DEFAULT_ROSTER_RULES } from './roster-types.ts';

/** A topic's words for the message (staff read labels, not codes). */
const topicWords = (topics: readonly string[], lang: 'zh' | 'en') =>
  topics.map((t) => TRAINING_TOPIC_LABELS[t as TrainingTopic]?.[lang] ?? t);

const MINUTE = 60_000;
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;

const SOURCES: Record<RosterViolationCode, string> = {
  UNKNOWN_REFERENCE: 'seed 000 第一条 (the plan must name real agents and shifts)',
  EMPTY_POST: 'seed 000 第三条 不得出现空岗',
  UNDERSTAFFED_POST: 'seed 000 第二条 电话繁忙时…及时增加人员; 第七条 保持专线畅通',
  DOUBLE_BOOKED: 'seed 000 第三条 (one agent cannot hold two posts at once)',
  REST_TOO_SHORT: 'centre setting minRestHours (no statutory daily rest in PRC law)',
  WEEKLY_HOURS_EXCEEDED: '国务院《关于职工工作时间的规定》第三条; 劳动法 第三十六条',
  MISSING_SKILL: 'seed 000 第一条 (the plan puts qualified staff on each post)',
  ON_APPROVED_LEAVE: 'seed 000 第二条 事假、病假…安排人员替班',
  SWAP_NOT_APPROVED: 'seed 000 第二条 不得擅自调班',
  TRAINING_MISSING: 'seed 002 §四(一)2 培训内容; seed 000 第一条 (a new agent goes on the hotline trained)',
};

const minutesOf = (hhmm: string): number => {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const v = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!(v >= 0 && v <= 24 * 60)) throw new RangeError(`not a time: ${hhmm}`);
  return v;
};

const dayStart = (date: string): number => {
  const d = epochDayOf(date);
  if (d === undefined) throw new RangeError(`not a date: ${date}`);
  return d * DAY - SHANGHAI;
};

/** The instants a template covers on a date; an end not after the start is on the next day. */
export const shiftSpan = (shift: ShiftTemplate, date: string): { from: number; to: number } => {
  const base = dayStart(date);
  const s = minutesOf(shift.start);
  const e = minutesOf(shift.end);
  return { from: base + s * MINUTE, to: base + (e > s ? e : e + 24 * 60) * MINUTE };
};

type Placed = { a: Assignment; agent: Agent; shift: ShiftTemplate; post: Post; from: number; to: number };

const text = (zh: string, en: string): Label => ({ zh, en });

/** Hard-rule breaches of the plan, in a stable order (by code, then time, then agent or post). */
export const rosterViolations = (
  plan: RosterPlan,
  rules: RosterRules = DEFAULT_ROSTER_RULES,
): RosterViolation[] => {
  const out: RosterViolation[] = [];
  const push = (v: Omit<RosterViolation, 'source'>) => out.push({ ...v, source: SOURCES[v.code] });
  const agents = new Map(plan.agents.map((a) => [a.id, a]));
  const shifts = new Map(plan.shifts.map((s) => [s.id, s]));
  const posts = new Map(plan.posts.map((p) => [p.id, p]));

  const placed: Placed[] = [];
  for (const a of plan.assignments) {
    const agent = agents.get(a.agentId);
    const shift = shifts.get(a.shiftId);
    const post = shift && posts.get(shift.postId);
    if (!agent || !shift || !post) {
      push({
        code: 'UNKNOWN_REFERENCE',
        message: text(
          '排班引用了不存在的人员、班次或岗位',
          'The assignment names an unknown agent, shift or post',
        ),
        agentId: a.agentId,
        assignmentIds: [a.id],
      });
      continue;
    }
    placed.push({ a, agent, shift, post, ...shiftSpan(shift, a.date) });
  }

  for (const p of placed) {
    const missing = [...p.post.skills, ...p.shift.skills].filter((s) => !p.agent.skills.includes(s));
    if (missing.length > 0)
      push({
        code: 'MISSING_SKILL',
        message: text(
          `${p.agent.name} 缺少技能：${missing.join('、')}`,
          `${p.agent.name} lacks: ${missing.join(', ')}`,
        ),
        agentId: p.agent.id,
        postId: p.post.id,
        assignmentIds: [p.a.id],
        from: new Date(p.from),
        to: new Date(p.to),
      });
    const leave = p.agent.leaveDays.find((d) => dayStart(d) < p.to && dayStart(d) + DAY > p.from);
    if (leave !== undefined)
      push({
        code: 'ON_APPROVED_LEAVE',
        message: text(
          `${p.agent.name} 在已批准的假期（${leave}）被排班`,
          `${p.agent.name} is rostered on approved leave (${leave})`,
        ),
        agentId: p.agent.id,
        assignmentIds: [p.a.id],
        from: new Date(p.from),
        to: new Date(p.to),
      });
    const untrained = p.agent.missingTraining ?? [];
    if (p.post.kind === 'hotlineSeat' && untrained.length > 0)
      push({
        code: 'TRAINING_MISSING',
        message: text(
          `${p.agent.name} 尚未完成上岗培训：${topicWords(untrained, 'zh').join('、')}`,
          `${p.agent.name} lacks the required training: ${topicWords(untrained, 'en').join(', ')}`,
        ),
        agentId: p.agent.id,
        postId: p.post.id,
        assignmentIds: [p.a.id],
        from: new Date(p.from),
        to: new Date(p.to),
      });
    if (p.a.swap && p.a.swap.approvedBy === null)
      push({
        code: 'SWAP_NOT_APPROVED',
        message: text(
          `${p.agent.name} 替 ${p.a.swap.replaces} 调班未经批准`,
          `${p.agent.name} swapped in for ${p.a.swap.replaces} without approval`,
        ),
        agentId: p.agent.id,
        assignmentIds: [p.a.id],
        from: new Date(p.from),
        to: new Date(p.to),
      });
  }

  // Per agent, shifts in time order: overlaps, then the rest before each next shift, then hours per week.
  const byAgent = new Map<string, Placed[]>();
  for (const p of placed) byAgent.set(p.agent.id, [...(byAgent.get(p.agent.id) ?? []), p]);
  const restMs = rules.minRestHours * 3_600_000;
  for (const [agentId, list] of byAgent) {
    list.sort((x, y) => x.from - y.from || x.to - y.to);
    const agent = agents.get(agentId)!;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      const ids = [prev.a.id, cur.a.id];
      if (cur.from < prev.to)
        push({
          code: 'DOUBLE_BOOKED',
          message: text(
            `${agent.name} 同一时间被排了两个班`,
            `${agent.name} is rostered twice at the same time`,
          ),
          agentId,
          assignmentIds: ids,
          from: new Date(cur.from),
          to: new Date(Math.min(prev.to, cur.to)),
        });
      else if (cur.from - prev.to < restMs)
        push({
          code: 'REST_TOO_SHORT',
          message: text(
            `${agent.name} 两班之间休息不足 ${rules.minRestHours} 小时`,
            `${agent.name} rests less than ${rules.minRestHours} h between shifts`,
          ),
          agentId,
          assignmentIds: ids,
          from: new Date(prev.to),
          to: new Date(cur.from),
        });
    }
    const cap = Math.min(agent.maxHoursPerWeek, rules.maxWeeklyHours);
    const weeks = new Map<number, Placed[]>();
    for (const p of list) {
      const day = Math.floor((p.from + SHANGHAI) / DAY);
      const monday = day - ((weekdayOfEpochDay(day) + 6) % 7);
      weeks.set(monday, [...(weeks.get(monday) ?? []), p]);
    }
    for (const [monday, week] of weeks) {
      const hours = week.reduce((h, p) => h + (p.to - p.from) / 3_600_000, 0);
      if (hours > cap)
        push({
          code: 'WEEKLY_HOURS_EXCEEDED',
          message: text(
            `${agent.name} 本周排班 ${hours} 小时，超过 ${cap} 小时`,
            `${agent.name} is rostered ${hours} h this week, over ${cap} h`,
          ),
          agentId,
          assignmentIds: week.map((p) => p.a.id),
          from: new Date(monday * DAY - SHANGHAI),
          to: new Date((monday + 7) * DAY - SHANGHAI),
        });
    }
  }

  coverage(plan, rules, placed, push);
  const order = (v: RosterViolation) => v.from?.getTime() ?? 0;
  return out.sort(
    (x, y) =>
      x.code.localeCompare(y.code) ||
      order(x) - order(y) ||
      (x.agentId ?? x.postId ?? '').localeCompare(y.agentId ?? y.postId ?? '') ||
      (x.assignmentIds[0] ?? '').localeCompare(y.assignmentIds[0] ?? ''),
  );
};

/** 第三条: each staffed interval of each post on each plan day has its agents; runs of short intervals are merged. */
const coverage = (
  plan: RosterPlan,
  rules: RosterRules,
  placed: readonly Placed[],
  push: (v: Omit<RosterViolation, 'source'>) => void,
): void => {
  const step = rules.intervalMinutes * MINUTE;
  for (const post of plan.posts) {
    const mine = placed.filter((p) => p.post.id === post.id);
    const ranges = post.staffed === '24x7' ? [{ start: '00:00', end: '24:00' }] : post.staffed;
    for (const date of plan.dates) {
      for (const r of ranges) {
        const base = dayStart(date);
        const end = base + minutesOf(r.end) * MINUTE;
        let run: { code: 'EMPTY_POST' | 'UNDERSTAFFED_POST'; from: number; ids: Set<string> } | null = null;
        const close = (to: number) => {
          if (!run) return;
          const empty = run.code === 'EMPTY_POST';
          push({
            code: run.code,
            message: empty
              ? text(`${post.name.zh} 空岗`, `${post.name.en} is empty`)
              : text(
                  `${post.name.zh} 人数少于 ${post.minAgents} 人`,
                  `${post.name.en} has fewer than ${post.minAgents} agents`,
                ),
            postId: post.id,
            assignmentIds: [...run.ids].sort(),
            from: new Date(run.from),
            to: new Date(to),
          });
          run = null;
        };
        for (let t = base + minutesOf(r.start) * MINUTE; t < end; t += step) {
          // Only an agent there for the whole interval counts: a post is empty while its agent has not arrived.
          const here = mine.filter((p) => p.from <= t && p.to >= Math.min(t + step, end));
          const n = new Set(here.map((p) => p.agent.id)).size;
          const code = n === 0 ? 'EMPTY_POST' : n < post.minAgents ? 'UNDERSTAFFED_POST' : null;
          if (run && run.code !== code) close(t);
          if (code && !run) run = { code, from: t, ids: new Set() };
          if (run) for (const p of here) run.ids.add(p.a.id);
        }
        close(end);
      }
    }
  }
};
