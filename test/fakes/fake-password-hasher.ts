import { PasswordHasher } from '../../src/domain/accounts/index.js';

/** Reversible on purpose: tests read which password was stored; never for production. */
export class FakePasswordHasher extends PasswordHasher {
  async hash(password: string): Promise<string> {
    return `hashed:${password}`;
  }
  async verify(hash: string, password: string): Promise<boolean> {
    return hash === `hashed:${password}`;
  }
}
