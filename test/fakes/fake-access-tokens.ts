import { AccessTokens, type AccessClaims } from '../../src/domain/accounts/index.js';

export class FakeAccessTokens extends AccessTokens {
  issue(claims: AccessClaims): string {
    return `access:${claims.userId}:${claims.role}:${claims.sessionId ?? ''}`;
  }
  verify(token: string): AccessClaims | null {
    const [kind, userId, role, sessionId] = token.split(':');
    return kind === 'access' ? { userId, role: role as AccessClaims['role'], sessionId: sessionId || null } : null;
  }
}
