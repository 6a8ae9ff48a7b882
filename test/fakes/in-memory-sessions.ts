import { Sessions, type OpenedSession, type RotateResult } from '../../src/domain/accounts/index.js';

/** Refresh tokens by secret; enough to see which users still have open sessions. */
export class InMemorySessions extends Sessions {
  readonly sessions = new Map<string, { userId: string; sessionId: string; expiresAt: Date }>();
  private seq = 0;

  async open(userId: string, expiresAt: Date): Promise<OpenedSession> {
    const sessionId = `session-${++this.seq}`;
    return { sessionId, refreshToken: this.issue(userId, sessionId, expiresAt) };
  }
  async rotate(refreshToken: string, now: Date, expiresAt: Date): Promise<RotateResult> {
    const session = this.sessions.get(refreshToken);
    if (!session || session.expiresAt <= now) return { type: 'invalid' };
    this.sessions.delete(refreshToken);
    const next = this.issue(session.userId, session.sessionId, expiresAt);
    return { type: 'rotated', userId: session.userId, sessionId: session.sessionId, refreshToken: next };
  }
  async revoke(refreshToken: string, userId: string): Promise<boolean> {
    if (this.sessions.get(refreshToken)?.userId !== userId) return false;
    return this.sessions.delete(refreshToken);
  }
  async revokeAll(userId: string, except?: string): Promise<void> {
    for (const [token, session] of this.sessions)
      if (session.userId === userId && session.sessionId !== except) this.sessions.delete(token);
  }
  countFor(userId: string): number {
    return [...this.sessions.values()].filter((s) => s.userId === userId).length;
  }

  private issue(userId: string, sessionId: string, expiresAt: Date): string {
    const token = `refresh-${++this.seq}`;
    this.sessions.set(token, { userId, sessionId, expiresAt });
    return token;
  }
}
