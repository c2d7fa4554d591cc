/*
 * Complaints (投诉, C6): pure rules. Classification matrix (urgency × complexity → handler level), approval
 * authority table (amount × severity → level), routing with avoidance, the regulatory clock, and the one
 * transition table of the complaint flow. No I/O, no clock: the server passes rules, people and `now`.
 */
export * from './authority.ts';
export * from './classification.ts';
export * from './clock.ts';
export * from './major.ts';
export * from './recourse.ts';
export * from './routing.ts';
export * from './routing-trace.ts';
export * from './rule-settings.ts';
export * from './transitions.ts';
