import { RecordedEvents } from '../shared/index.js';
import type { AccountDomainEvent } from './account.domain-events.js';

export type UserRole = 'USER' | 'MODERATOR' | 'ADMINISTRATOR';
export const USER_ROLES: readonly UserRole[] = ['USER', 'MODERATOR', 'ADMINISTRATOR'];
const isStaff = (role: UserRole) => role === 'MODERATOR' || role === 'ADMINISTRATOR';

/**
 * Whether staff of `actorRole` may suspend, or lift the suspension of, an identity whose account
 * has `ownerRole` (null: a remote identity or one without an account). Identities of moderators and
 * administrators answer only to administrators: a moderator cannot sideline an administrator, nor
 * lift a suspension an administrator put on a moderator (issue 12.5).
 */
export function maySuspendIdentityOf(actorRole: UserRole, ownerRole: UserRole | null): boolean {
  if (!isStaff(actorRole)) return false;
  return ownerRole === null || !isStaff(ownerRole) || actorRole === 'ADMINISTRATOR';
}

export type NotificationPending = 'NONE' | 'DIRECT' | 'ONE_HOUR' | 'ONE_DAY' | 'ONE_WEEK';

export interface UserSettings {
  timezone: string | null;
  notificationOnDay: boolean;
  notificationEachWeek: boolean;
  notificationBeforeEvent: boolean;
  notificationPendingParticipation: NotificationPending;
  notificationPendingMembership: NotificationPending;
  groupNotifications: NotificationPending;
  location: { range: number | null; geohash: string | null; name: string | null } | null;
  /** Per activity (`event_updated`…) and channel (`email`, `push`): whether to notify. */
  activitySettings: ActivitySetting[];
}

export interface ActivitySetting {
  key: string;
  method: 'email' | 'push';
  enabled: boolean;
}

export const DEFAULT_SETTINGS: UserSettings = {
  timezone: null,
  notificationOnDay: true,
  notificationEachWeek: false,
  notificationBeforeEvent: false,
  notificationPendingParticipation: 'ONE_DAY',
  notificationPendingMembership: 'ONE_DAY',
  groupNotifications: 'ONE_DAY',
  location: null,
  activitySettings: [],
};

export interface UserState {
  id: string;
  email: string;
  passwordHash: string;
  role: UserRole;
  locale: string;
  confirmedAt: Date | null;
  confirmationSentAt: Date | null;
  resetPasswordSentAt: Date | null;
  disabled: boolean;
  defaultActorId: string | null;
  lastSignInAt: Date | null;
  lastSignInIp: string | null;
  currentSignInAt: Date | null;
  currentSignInIp: string | null;
  settings: UserSettings;
  createdAt: Date;
}

/** An account: the private side of a person, never shown to others. */
export class User {
  private readonly recorded = new RecordedEvents<AccountDomainEvent>();

  private constructor(private state: UserState) {}

  static register(
    input: { id: string; email: string; passwordHash: string; locale: string; role?: UserRole; confirmed?: boolean },
    now: Date,
  ): User {
    const user = new User({
      id: input.id,
      email: input.email,
      passwordHash: input.passwordHash,
      role: input.role ?? 'USER',
      locale: input.locale,
      confirmedAt: input.confirmed ? now : null,
      confirmationSentAt: input.confirmed ? null : now,
      resetPasswordSentAt: null,
      disabled: false,
      defaultActorId: null,
      lastSignInAt: null,
      lastSignInIp: null,
      currentSignInAt: null,
      currentSignInIp: null,
      settings: { ...DEFAULT_SETTINGS },
      createdAt: now,
    });
    if (!input.confirmed) user.recorded.record('user.registered', { userId: input.id }, now);
    return user;
  }

  static restore(state: UserState): User {
    return new User({ ...state, settings: { ...state.settings } });
  }

  get id(): string {
    return this.state.id;
  }
  get email(): string {
    return this.state.email;
  }
  get passwordHash(): string {
    return this.state.passwordHash;
  }
  get role(): UserRole {
    return this.state.role;
  }
  get locale(): string {
    return this.state.locale;
  }
  get isConfirmed(): boolean {
    return this.state.confirmedAt !== null;
  }
  get isDisabled(): boolean {
    return this.state.disabled;
  }
  get defaultActorId(): string | null {
    return this.state.defaultActorId;
  }
  get isModerator(): boolean {
    return isStaff(this.state.role);
  }

  snapshot(): Readonly<UserState> {
    return { ...this.state, settings: { ...this.state.settings } };
  }

  pullEvents() {
    return this.recorded.pull();
  }

  confirm(now: Date): void {
    if (this.state.confirmedAt) return;
    this.state.confirmedAt = now;
    this.recorded.record('user.confirmed', { userId: this.id }, now);
  }

  registrationAttempted(now: Date): void {
    this.recorded.record('user.registration-attempted', { userId: this.id }, now);
  }

  requestConfirmationEmail(now: Date): void {
    this.state.confirmationSentAt = now;
    this.recorded.record('user.confirmation-requested', { userId: this.id }, now);
  }

  requestPasswordReset(now: Date): void {
    this.state.resetPasswordSentAt = now;
    this.recorded.record('user.password-reset-requested', { userId: this.id }, now);
  }

  changePassword(passwordHash: string, now: Date): void {
    this.state.passwordHash = passwordHash;
    this.state.resetPasswordSentAt = null;
    this.recorded.record('user.password-changed', { userId: this.id }, now);
  }

  requestEmailChange(newEmail: string, now: Date): void {
    this.recorded.record('user.email-change-requested', { userId: this.id, oldEmail: this.email, newEmail }, now);
  }

  changeEmail(newEmail: string, now: Date): void {
    const oldEmail = this.state.email;
    this.state.email = newEmail;
    this.recorded.record('user.email-changed', { userId: this.id, oldEmail, newEmail }, now);
  }

  /** The IPs of the last two sign-ins: the owner's devices, as far as the server can tell. */
  recentSignInIps(): string[] {
    return [this.state.currentSignInIp, this.state.lastSignInIp].filter((ip): ip is string => ip !== null);
  }

  signedIn(ip: string | null, now: Date): void {
    this.state.lastSignInAt = this.state.currentSignInAt;
    this.state.lastSignInIp = this.state.currentSignInIp;
    this.state.currentSignInAt = now;
    this.state.currentSignInIp = ip;
  }

  setDefaultActor(actorId: string | null): void {
    this.state.defaultActorId = actorId;
  }

  setLocale(locale: string): void {
    this.state.locale = locale;
  }

  setRole(role: UserRole): void {
    this.state.role = role;
  }

  /** By an administrator; `notify` tells the user by email. False when nothing changed. */
  changeRoleByAdmin(role: UserRole, notify: boolean, now: Date): boolean {
    if (role === this.state.role) return false;
    this.state.role = role;
    if (notify) this.recorded.record('user.role-changed', { userId: this.id, role }, now);
    return true;
  }

  /** By an administrator, without the email round trip. False when already confirmed. */
  confirmByAdmin(notify: boolean, now: Date): boolean {
    if (this.state.confirmedAt) return false;
    this.confirm(now);
    if (notify) this.recorded.record('user.confirmed-by-admin', { userId: this.id }, now);
    return true;
  }

  /** By an administrator, without the confirmation link; both addresses are told when `notify`. */
  changeEmailByAdmin(newEmail: string, notify: boolean, now: Date): boolean {
    const oldEmail = this.state.email;
    if (newEmail === oldEmail) return false;
    this.state.email = newEmail;
    if (notify) this.recorded.record('user.email-changed-by-admin', { userId: this.id, oldEmail, newEmail }, now);
    return true;
  }

  setDisabled(disabled: boolean): void {
    this.state.disabled = disabled;
  }

  updateSettings(changes: Partial<UserSettings>): void {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    this.state.settings = { ...this.state.settings, ...defined };
  }

  setActivitySetting(setting: ActivitySetting): void {
    const others = this.state.settings.activitySettings.filter((s) => !(s.key === setting.key && s.method === setting.method));
    this.state.settings = { ...this.state.settings, activitySettings: [...others, setting] };
  }

  settings(): UserSettings {
    return { ...this.state.settings };
  }

  markDeleted(now: Date): void {
    this.recorded.record('user.deleted', { userId: this.id, email: this.email, locale: this.locale }, now);
  }
}
