import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppPassport } from './app-passport.js';
import type { Viewer } from './viewer.js';

/** Answered `401 {"message":"invalid_token"}`, which makes the web client refresh its token. */
export class InvalidBearerToken extends UnauthorizedException {
  constructor() {
    super({ message: 'invalid_token' });
  }
}

/**
 * Resolves `req.viewer` for every HTTP route and GraphQL operation through the bearer strategy.
 * No `Authorization: Bearer` header (the web client sends the literal `null` when logged out)
 * means anonymous; a token that is invalid, expired, or whose account is gone or disabled is
 * refused with 401. GraphQL requests are authenticated before the GraphQL layer runs (see
 * `asMiddleware`), since the refusal is an HTTP answer, not a GraphQL error.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(@Inject(AppPassport) private readonly passport: AppPassport) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req: Request =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
        : context.switchToHttp().getRequest<Request>();
    await this.authenticate(req, req.res!);
    return true;
  }

  /** The guard as Express middleware, for `/api`. */
  asMiddleware(): (req: Request, res: Response, next: (error?: unknown) => void) => Promise<void> {
    return async (req, res, next) => {
      await this.authenticate(req, res);
      next();
    };
  }

  /** Sets `req.viewer` once per request; throws InvalidBearerToken for a refused token. */
  async authenticate(req: Request, res: Response): Promise<Viewer | null> {
    if (req.viewer !== undefined) return req.viewer;
    const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token || token === 'null' || token === 'undefined') {
      req.viewer = null;
      return null;
    }
    const viewer = await new Promise<Viewer | false>((resolve, reject) =>
      this.passport.authenticate('bearer', { session: false }, (error: unknown, user: Viewer | false) =>
        error ? reject(error) : resolve(user),
      )(req, res, reject),
    );
    if (!viewer) throw new InvalidBearerToken();
    req.viewer = viewer;
    return viewer;
  }
}
