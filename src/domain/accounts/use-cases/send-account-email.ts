import type { Clock, Mailer } from '../../shared/index.js';
import type { AccountDomainEvent } from '../account.domain-events.js';
import { CONFIRMATION_TOKEN_HOURS, EMAIL_CHANGE_TOKEN_HOURS, RESET_TOKEN_HOURS, hoursFrom } from '../account-policy.js';
import type { OneTimeTokens } from '../ports/one-time-tokens.js';
import type { UserRepository } from '../ports/user.repository.js';

export type AccountEmailEvent = Extract<
  AccountDomainEvent,
  {
    name:
      | 'user.registered'
      | 'user.confirmation-requested'
      | 'user.registration-attempted'
      | 'user.password-reset-requested'
      | 'user.email-change-requested'
      | 'user.email-changed'
      | 'user.role-changed'
      | 'user.confirmed-by-admin'
      | 'user.email-changed-by-admin';
  }
>;

/**
 * Job handler: sends the email an account event calls for. It reloads the user and issues the
 * one-time token itself, so no secret travels through the outbox or the queue; running it twice
 * sends a second valid link, never a wrong one.
 */
export class SendAccountEmail {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(event: AccountEmailEvent): Promise<void> {
    const user = await this.users.findById(event.payload.userId);
    if (!user) return; // deleted since: nothing to say
    const now = this.clock.now();
    const { locale } = user;
    switch (event.name) {
      case 'user.registered':
      case 'user.confirmation-requested': {
        if (user.isConfirmed) return;
        const token = await this.tokens.issue(user.id, 'confirmation', hoursFrom(now, CONFIRMATION_TOKEN_HOURS));
        return this.mailer.send({ template: 'registration-confirmation', to: user.email, locale, data: { token } });
      }
      case 'user.registration-attempted':
        return this.mailer.send({ template: 'account-exists', to: user.email, locale, data: {} });
      case 'user.password-reset-requested': {
        const token = await this.tokens.issue(user.id, 'password-reset', hoursFrom(now, RESET_TOKEN_HOURS));
        return this.mailer.send({ template: 'password-reset', to: user.email, locale, data: { token } });
      }
      case 'user.email-change-requested': {
        const { newEmail } = event.payload;
        // An address with an account gets no link for another account: its owner is told in their
        // language that nothing changed (a person with two accounts learns why no link came).
        const holder = await this.users.findByEmail(newEmail);
        if (holder && holder.id !== user.id)
          return this.mailer.send({ template: 'email-change-taken', to: newEmail, locale: holder.locale, data: {} });
        const token = await this.tokens.issue(user.id, 'email-change', hoursFrom(now, EMAIL_CHANGE_TOKEN_HOURS), newEmail);
        return this.mailer.send({ template: 'email-change-confirm', to: newEmail, locale, data: { token } });
      }
      case 'user.email-changed':
        return this.mailer.send({
          template: 'email-changed-old',
          to: event.payload.oldEmail,
          locale,
          data: { newEmail: event.payload.newEmail },
        });
      case 'user.role-changed':
        // The current role, not the payload's: a later change may have replaced it already.
        return this.mailer.send({ template: 'role-changed', to: user.email, locale, data: { role: user.role } });
      case 'user.confirmed-by-admin':
        return this.mailer.send({ template: 'account-confirmed-by-admin', to: user.email, locale, data: {} });
      case 'user.email-changed-by-admin': {
        const { oldEmail, newEmail } = event.payload;
        await this.mailer.send({
          template: 'email-changed-by-admin',
          to: oldEmail,
          locale,
          data: { oldEmail, newEmail, toNewAddress: false },
        });
        return this.mailer.send({
          template: 'email-changed-by-admin',
          to: newEmail,
          locale,
          data: { oldEmail, newEmail, toNewAddress: true },
        });
      }
      default: {
        const unhandled: never = event;
        throw new Error(`no email for ${String(unhandled)}`);
      }
    }
  }
}
