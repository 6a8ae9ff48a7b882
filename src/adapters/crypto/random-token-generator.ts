import { createHash, randomBytes } from 'node:crypto';
import { TokenGenerator } from '../../domain/shared/index.js';

export class RandomTokenGenerator extends TokenGenerator {
  secret(): string {
    return randomBytes(32).toString('base64url');
  }

  // Secrets are 256 random bits: a fast hash is enough, no salt or stretching needed.
  digest(secret: string): string {
    return createHash('sha256').update(secret).digest('base64url');
  }
}
