import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { LogIn, SignedIn } from '../../../domain/accounts/index.js';
import { detachedPassport, type AppPassport } from '../../shared/app-passport.js';
import { accountError } from './account.graphql-errors.js';

/** Email and password → a session, through LogIn, which keeps the rules (rate limits, one answer
 * for unknown addresses, argon2id); a refusal is thrown as the GraphQL error that answers it. */
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    passport: AppPassport,
    private readonly logIn: LogIn,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
    passport.use('local', this);
  }

  getPassportInstance(): ReturnType<typeof detachedPassport> {
    return detachedPassport();
  }

  async validate(req: Request, email: string, password: string): Promise<SignedIn> {
    const result = await this.logIn.execute({ email, password, ip: req.ip ?? null });
    if (!result.ok) throw accountError(result.error);
    return result.value;
  }
}
