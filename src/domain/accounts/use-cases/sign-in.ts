import type { Clock } from '../../shared/index.js';
import { ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_DAYS, daysFrom } from '../account-policy.js';
import type { AccessTokens } from '../ports/access-tokens.js';
import type { Sessions } from '../ports/sessions.js';
import type { User } from '../user.js';

export interface SignedIn {
  user: User;
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresIn: number;
}

/** Opens a session for a user already authenticated by some proof (password, emailed token). */
export async function openSession(user: User, sessions: Sessions, tokens: AccessTokens, clock: Clock): Promise<SignedIn> {
  const { sessionId, refreshToken } = await sessions.open(user.id, daysFrom(clock.now(), REFRESH_TOKEN_DAYS));
  const accessToken = tokens.issue({ userId: user.id, role: user.role, sessionId });
  return { user, accessToken, refreshToken, accessTokenExpiresIn: ACCESS_TOKEN_SECONDS };
}
