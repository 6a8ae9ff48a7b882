import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { NotificationPending, User, UserRole } from '../../../domain/accounts/index.js';
import { ActionLogObjectInterface, MediaObject, TimezoneScalar } from '../shared/common-types.js';
import { PersonObject } from '../identities/person.graphql.js';

export enum UserRoleEnum {
  ADMINISTRATOR = 'ADMINISTRATOR',
  MODERATOR = 'MODERATOR',
  USER = 'USER',
}
registerEnumType(UserRoleEnum, { name: 'UserRole', description: 'The list of roles an user can have' });

export enum NotificationPendingEnum {
  NONE = 'NONE',
  DIRECT = 'DIRECT',
  ONE_HOUR = 'ONE_HOUR',
  ONE_DAY = 'ONE_DAY',
  ONE_WEEK = 'ONE_WEEK',
}
registerEnumType(NotificationPendingEnum, { name: 'NotificationPendingEnum' });

@ObjectType('Location')
export class LocationObject {
  @Field(() => Int, { nullable: true }) range: number | null;
  @Field(() => String, { nullable: true }) geohash: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
}

@InputType('LocationInput')
export class LocationInput {
  @Field(() => Int, { nullable: true }) range?: number | null;
  @Field(() => String, { nullable: true }) geohash?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@ObjectType('UserSettings', { description: 'A set of user settings' })
export class UserSettingsObject {
  @Field(() => TimezoneScalar, { nullable: true }) timezone: string | null;
  @Field(() => Boolean, { nullable: true }) notificationOnDay: boolean;
  @Field(() => Boolean, { nullable: true }) notificationEachWeek: boolean;
  @Field(() => Boolean, { nullable: true }) notificationBeforeEvent: boolean;
  @Field(() => NotificationPendingEnum, { nullable: true }) notificationPendingParticipation: NotificationPending;
  @Field(() => NotificationPendingEnum, { nullable: true }) notificationPendingMembership: NotificationPending;
  @Field(() => NotificationPendingEnum, { nullable: true }) groupNotifications: NotificationPending;
  @Field(() => LocationObject, { nullable: true }) location: LocationObject | null;
}

@ObjectType('ActivitySetting')
export class ActivitySettingObject {
  @Field(() => String, { nullable: true }) key: string;
  @Field(() => String, { nullable: true }) method: string;
  @Field(() => Boolean, { nullable: true }) enabled: boolean;
}

@ObjectType('FeedToken', { description: 'Represents a feed token' })
export class FeedTokenObject {
  @Field(() => String, { nullable: true }) token: string;
  @Field(() => PersonObject, { nullable: true }) actor: PersonObject | null;
  @Field(() => UserObject, { nullable: true }) user: UserObject | null;
}

@ObjectType('PaginatedMediaList')
export class PaginatedMediaListObject {
  @Field(() => [MediaObject], { nullable: true }) elements: MediaObject[];
  @Field(() => Int, { nullable: true }) total: number;
}

/** Shown only to the account itself (and, later, to administrators). */
@ObjectType('User', { description: 'A local user of Mobilizon', implements: () => [ActionLogObjectInterface] })
export class UserObject {
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => String) email: string;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) confirmationSentAt: Date | null;
  /** Never exposed: only a digest is stored. Kept for the schema's shape. */
  @Field(() => String, { nullable: true }) confirmationToken: string | null;
  @Field(() => Date, { nullable: true }) resetPasswordSentAt: Date | null;
  @Field(() => String, { nullable: true }) resetPasswordToken: string | null;
  @Field(() => UserRoleEnum, { nullable: true }) role: UserRole | null;
  @Field(() => String, { nullable: true }) locale: string | null;
  @Field(() => String, { nullable: true }) provider: string | null;
  @Field(() => Boolean, { nullable: true }) disabled: boolean | null;
  @Field(() => Date, { nullable: true }) lastSignInAt: Date | null;
  @Field(() => String, { nullable: true }) lastSignInIp: string | null;
  @Field(() => Date, { nullable: true }) currentSignInAt: Date | null;
  @Field(() => String, { nullable: true }) currentSignInIp: string | null;

  /** Not in the schema: resolvers of `defaultActor`, `settings`… read these. */
  defaultActorId: string | null;
  settingsValue: UserSettingsObject | null;
  activitySettingsValue: ActivitySettingObject[];

  static from(user: User): UserObject {
    const s = user.snapshot();
    return Object.assign(new UserObject(), {
      id: s.id,
      email: s.email,
      confirmedAt: s.confirmedAt,
      confirmationSentAt: s.confirmationSentAt,
      confirmationToken: null,
      resetPasswordSentAt: s.resetPasswordSentAt,
      resetPasswordToken: null,
      role: s.role,
      locale: s.locale,
      provider: null,
      disabled: s.disabled,
      lastSignInAt: s.lastSignInAt,
      lastSignInIp: s.lastSignInIp,
      currentSignInAt: s.currentSignInAt,
      currentSignInIp: s.currentSignInIp,
      defaultActorId: s.defaultActorId,
      settingsValue: { ...s.settings },
      activitySettingsValue: s.settings.activitySettings,
    });
  }

  /** What `createUser` answers: the same for a new and an already registered address. */
  static receipt(email: string, confirmationSentAt: Date): UserObject {
    return Object.assign(new UserObject(), {
      id: null,
      email,
      confirmationSentAt,
      confirmedAt: null,
      role: null,
      locale: null,
      defaultActorId: null,
      settingsValue: null,
      activitySettingsValue: [],
    });
  }
}

export enum SortableUserField {
  ID = 'ID',
}
registerEnumType(SortableUserField, { name: 'SortableUserField', description: 'The list of sortable fields for an user list' });

@ObjectType('Users', { description: 'Users list' })
export class UsersObject {
  @Field(() => Int) total: number;
  @Field(() => [UserObject]) elements: UserObject[];
}

@ObjectType('Login', { description: 'A JWT and the associated user ID' })
export class LoginObject {
  @Field(() => String) accessToken: string;
  @Field(() => String) refreshToken: string;
  @Field(() => UserObject) user: UserObject;
}

@ObjectType('RefreshedToken', { description: 'Token' })
export class RefreshedTokenObject {
  @Field(() => String) accessToken: string;
  @Field(() => String) refreshToken: string;
}

@ObjectType('DeletedObject', { description: 'A struct containing the id of the deleted object' })
export class DeletedObjectObject {
  @Field(() => ID, { nullable: true }) id: string | null;
}
