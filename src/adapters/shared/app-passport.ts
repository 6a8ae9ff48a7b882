import passport from 'passport';

/**
 * The app's own Passport, on which its strategies register and its guards authenticate.
 * @nestjs/passport would register them on passport's process-wide instance, where a second app of
 * the same process (the tests run several) replaces the first one's strategies with its own.
 */
export class AppPassport extends passport.Passport {}

/** For @nestjs/passport's mixin, which registers each strategy on the Passport this returns:
 * a throwaway one, since our strategies register on their app's AppPassport themselves. */
export function detachedPassport(): passport.Authenticator {
  return new passport.Passport();
}
