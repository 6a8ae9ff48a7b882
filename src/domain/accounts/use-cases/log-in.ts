import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { LOGIN_LIMITS } from '../account-policy.js';
import { normalizeEmail } from '../credentials.js';
import type { AccessTokens } from '../ports/access-tokens.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { Sessions } from '../ports/sessions.js';
import type { UserRepository } from '../ports/user.repository.js';
import { openSession, type SignedIn } from './sign-in.js';

// Verified against when the email is unknown, so both cases take the time of one argon2 check.
let decoyHash: string | null = null;

export class LogIn {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly accessTokens: AccessTokens,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { email: string; password: string; ip: string | null }): Promise<Result<SignedIn, AccountError>> {
    const email = normalizeEmail(cmd.email);
    const { perIp, failuresPerAddressAndIp, failuresPerAddressElsewhere, windowSeconds } = LOGIN_LIMITS;
    if (cmd.ip && !(await this.limiter.hit(`login:ip:${cmd.ip}`, perIp, windowSeconds))) return err({ type: 'rate-limited' });
    const user = await this.users.findByEmail(email);
    // Failures are counted per email and IP, so that an attacker's failures slow the attacker
    // down, not the account's owner: counted per email alone, five wrong passwords from anywhere
    // would lock the owner out. They are also counted per email across the IPs the account has not
    // signed in from lately, since an attacker may have many IPs; the owner's recent IPs stay open
    // (and an emailed reset link signs in from anywhere).
    const pair = `login:failures:${email}:${cmd.ip ?? 'none'}`;
    const elsewhere = `login:failures:${email}`;
    const familiar = cmd.ip !== null && user !== null && user.recentSignInIps().includes(cmd.ip);
    if (await this.limiter.exhausted(pair, failuresPerAddressAndIp, windowSeconds)) return err({ type: 'rate-limited' });
    if (!familiar && (await this.limiter.exhausted(elsewhere, failuresPerAddressElsewhere, windowSeconds)))
      return err({ type: 'rate-limited' });
    const failed = async (): Promise<Result<SignedIn, AccountError>> => {
      await this.limiter.hit(pair, failuresPerAddressAndIp, windowSeconds);
      if (!familiar) await this.limiter.hit(elsewhere, failuresPerAddressElsewhere, windowSeconds);
      return err({ type: 'invalid-credentials' });
    };
    if (!user) {
      decoyHash ??= await this.hasher.hash('decoy password, never matches');
      await this.hasher.verify(decoyHash, cmd.password);
      return failed();
    }
    if (!(await this.hasher.verify(user.passwordHash, cmd.password))) return failed();
    // Only someone who knows the password learns these states.
    if (user.isDisabled) return err({ type: 'account-disabled' });
    if (!user.isConfirmed) return err({ type: 'account-not-confirmed' });
    user.signedIn(cmd.ip, this.clock.now());
    await this.users.save(user);
    return ok(await openSession(user, this.sessions, this.accessTokens, this.clock));
  }
}
