// Remembers the last result per argument list, so selectors return the same object until their inputs change.

export function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    if (lastArgs?.length === args.length && args.every((arg, i) => Object.is(arg, lastArgs?.[i]))) return lastResult as Result;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
