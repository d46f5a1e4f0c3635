// What a slice of the store is given: a setter that takes only the slice's own state, and a getter.

/** Where imports and preferences persist; absent (tests, private modes that throw on access) means memory only. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Sets part of a slice's own state: a slice cannot write another slice's fields. */
export type SliceSet<State> = (partial: Partial<State> | ((state: State) => Partial<State>)) => void;

/** Builds a slice's state and actions from its setter and getter. */
export type SliceCreator<State, Actions> = (set: SliceSet<State>, get: () => State) => State & Actions;
