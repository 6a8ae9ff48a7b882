import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { SignedIn } from '../../../domain/accounts/index.js';
import { AppPassport } from '../../shared/app-passport.js';
import type { GqlContext } from '../shared/context.js';
import { accountError } from './account.graphql-errors.js';

/** Runs the `login` mutation's credentials through passport-local; the resolver reads `ctx.signedIn`. */
@Injectable()
export class LoginGuard implements CanActivate {
  constructor(@Inject(AppPassport) private readonly passport: AppPassport) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GqlContext>();
    // passport-local reads a form body; here the credentials are the mutation's arguments. The
    // request is derived, so passport's additions stay off the real one.
    const request: Request = Object.create(ctx.req, { body: { value: gql.getArgs() } });
    const signedIn = await new Promise<SignedIn | false>((resolve, reject) =>
      this.passport.authenticate('local', { session: false }, (error: unknown, user: SignedIn | false) =>
        error ? reject(error) : resolve(user),
      )(request, ctx.req.res!, reject),
    );
    // passport-local refuses an empty email or password without calling LogIn: answered as a wrong password.
    if (!signedIn) throw accountError({ type: 'invalid-credentials' });
    ctx.signedIn = signedIn;
    return true;
  }
}
