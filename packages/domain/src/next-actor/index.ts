/*
 * Who acts next (issue #21 part 3): per record kind, from its state, its owner, the routing's choice and what the
 * person looking may do, the next step's actor (a person, a role's queue, the customer) and their action.
 */
export * from './next-actor.ts';
export * from './vocabulary.ts';
