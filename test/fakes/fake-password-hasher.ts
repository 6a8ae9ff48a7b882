import { PasswordHasher } from '../../src/domain/accounts/index.js';

/** Reversible on purpose: tests read which password was stored; never for production. */
export class FakePasswordHasher extends PasswordHasher {
  /** How many times each was called: the slow work, whose count must not depend on secrets. */
  readonly calls = { hash: 0, verify: 0 };

  async hash(password: string): Promise<string> {
    this.calls.hash += 1;
    return `hashed:${password}`;
  }
  async verify(hash: string, password: string): Promise<boolean> {
    this.calls.verify += 1;
    return hash === `hashed:${password}`;
  }
}
