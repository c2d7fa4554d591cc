/*
 * User administration (issue 18 part 1): who may create, change, deactivate, reset and unlock whose account, and
 * the departments people belong to. Pure.
 */
export * from './departments.ts';
export * from './rules.ts';
