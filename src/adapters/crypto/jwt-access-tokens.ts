import jwt from 'jsonwebtoken';
import { ACCESS_TOKEN_SECONDS, AccessTokens, USER_ROLES, type AccessClaims, type UserRole } from '../../domain/accounts/index.js';

export class JwtAccessTokens extends AccessTokens {
  constructor(
    private readonly secret: string,
    private readonly issuer: string,
  ) {
    super();
  }

  issue(claims: AccessClaims): string {
    // `sid` (OpenID Connect's session id claim) names the session, so it can be kept alone.
    return jwt.sign({ role: claims.role, typ: 'access', ...(claims.sessionId ? { sid: claims.sessionId } : {}) }, this.secret, {
      algorithm: 'HS256',
      subject: claims.userId,
      issuer: this.issuer,
      expiresIn: ACCESS_TOKEN_SECONDS,
    });
  }

  verify(token: string): AccessClaims | null {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: this.issuer });
      if (typeof payload !== 'object' || payload.typ !== 'access' || typeof payload.sub !== 'string') return null;
      if (!USER_ROLES.includes(payload.role as UserRole)) return null;
      const sessionId = typeof payload.sid === 'string' ? payload.sid : null;
      return { userId: payload.sub, role: payload.role as UserRole, sessionId };
    } catch {
      return null;
    }
  }
}
