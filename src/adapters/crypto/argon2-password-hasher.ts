import { Algorithm, hash, verify } from '@node-rs/argon2';
import { PasswordHasher } from '../../domain/accounts/index.js';

// OWASP's argon2id baseline (19 MiB, 2 passes); tests may lower the cost.
const DEFAULTS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export class Argon2PasswordHasher extends PasswordHasher {
  constructor(private readonly cost: { memoryCost: number; timeCost: number; parallelism: number } = DEFAULTS) {
    super();
  }

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: Algorithm.Argon2id, ...this.cost });
  }

  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false; // a malformed stored hash never matches
    }
  }
}
