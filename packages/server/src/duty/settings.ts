import { DEFAULT_ROSTER_RULES, DEFAULT_SERVICE_TARGET, DEFAULT_SHRINKAGE } from '@claimline/domain/duty';

/** The duty desk's settings (issue #16), each with the rule it serves. */
export const DUTY_SETTINGS = {
  // seed 000 第三条 不得出现空岗 and 劳动法 第三十六条: rest, weekly cap and interval of the roster rules.
  rosterRules: DEFAULT_ROSTER_RULES,
  // seed 000 第七条 保持专线畅通: 80 % of calls answered within 20 s, the hotline's service target.
  serviceTarget: DEFAULT_SERVICE_TARGET,
  // seed 000 第七条 轮流就餐、休息: shrinkage covers meals, rests, pre-shift checks (第九条) and hand-over (第十条).
  shrinkage: DEFAULT_SHRINKAGE,
  // seed 000 第二条 电话繁忙时及时增加人员: average handling time the staffing model sizes for (centre setting).
  ahtSeconds: 240,
  // seed 000 第七条: caller patience for Erlang A (centre setting; callers who hang up are counted, not hidden).
  patienceSeconds: 120,
  // seed 000 第二条: weeks of call history the forecast reads (4 same-weekday days need 4 weeks; 8 leaves room).
  historyDays: 56,
  // seed 000 第一条: who is on a branch's duty roster (the people working the line; admins and auditors are not).
  rosterRoles: ['agent', 'teamLead', 'supervisor', 'serviceManager', 'claimsHandler'] as const,
  // seed 000 第一条: an agent without recorded skills takes the hotline; the cap of the roster rules applies.
  defaultSkills: ['hotline'] as readonly string[],
  // seed 000 第一条: the solver's wall-clock budget for one proposal before the best plan found is taken.
  solverSeconds: 20,
} as const;
