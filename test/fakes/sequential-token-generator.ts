import { TokenGenerator } from '../../src/domain/shared/index.js';

/** Predictable secrets (`secret-1`, `secret-2`…) and a visible digest. */
export class SequentialTokenGenerator extends TokenGenerator {
  private n = 0;
  secret(): string {
    return `secret-${++this.n}`;
  }
  digest(secret: string): string {
    return `digest(${secret})`;
  }
}
