import type { NextFunction, Request, Response } from 'express';
import type { AccessTokens, UserRepository } from '../../../domain/accounts/index.js';
import type { Viewer } from './context.js';

declare module 'express-serve-static-core' {
  interface Request {
    viewer?: Viewer | null;
  }
}

/**
 * Reads `Authorization: Bearer <jwt>`. Any other value (the web client sends the literal `null`
 * when logged out) means anonymous; a bearer token that is invalid, expired, or whose account is
 * gone or disabled gets 401 `invalid_token`, which makes the client refresh. The user is reloaded
 * on each request so a role change or a disabled account takes effect at once.
 */
export function authMiddleware(tokens: AccessTokens, users: UserRepository) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match || match[1] === 'null' || match[1] === 'undefined') {
      req.viewer = null;
      return next();
    }
    try {
      const claims = tokens.verify(match[1]);
      const user = claims ? await users.findById(claims.userId) : null;
      if (!user || user.isDisabled) {
        res.status(401).json({ message: 'invalid_token' });
        return;
      }
      req.viewer = { userId: user.id, role: user.role };
      next();
    } catch (error) {
      next(error);
    }
  };
}
