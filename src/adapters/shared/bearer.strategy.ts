import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import type { AccessTokens, UserRepository } from '../../domain/accounts/index.js';
import { detachedPassport, type AppPassport } from './app-passport.js';
import type { Viewer } from './viewer.js';

/** `Authorization: Bearer <access token>` → the viewer; false refuses the token. */
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(
    passport: AppPassport,
    private readonly tokens: AccessTokens,
    private readonly users: UserRepository,
  ) {
    super();
    passport.use('bearer', this);
  }

  getPassportInstance(): ReturnType<typeof detachedPassport> {
    return detachedPassport();
  }

  async validate(token: string): Promise<Viewer | false> {
    const claims = this.tokens.verify(token);
    if (!claims) return false;
    // The account is reloaded on each request, so a role change or a disabled account takes effect at once.
    const user = await this.users.findById(claims.userId);
    if (!user || user.isDisabled) return false;
    return { userId: user.id, role: user.role, sessionId: claims.sessionId };
  }
}
