import type { Provider } from '@nestjs/common';

type Token<T> = abstract new (...args: never[]) => T;
type Tokens<A extends unknown[]> = { [K in keyof A]: Token<A[K]> | symbol | string };

/**
 * Binds an undecorated domain class (use case) to Nest with its constructor dependencies given
 * as tokens in order; the compiler checks that each token yields what the constructor expects.
 */
export function useCase<T, A extends unknown[]>(type: new (...args: A) => T, deps: Tokens<A>): Provider {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Nest types class tokens as Function
  return { provide: type, useFactory: (...args: A) => new type(...args), inject: deps as unknown as (string | symbol | Function)[] };
}
