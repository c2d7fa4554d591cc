/*
 * Data sharing between departments (issue 18 part 2; seed 002 §七(四)2): the kinds of data, who owns and approves
 * them, the request machine, and the grant rule the scope checks apply. Pure.
 */
export * from './grants.ts';
export * from './kinds.ts';
export * from './request.machine.ts';
