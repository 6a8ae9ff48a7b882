import { Inject, Optional, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ChangeEmail,
  ChangePassword,
  ConfirmUser,
  LogOut,
  RefreshSession,
  RegisterUser,
  RequestPasswordReset,
  ResendConfirmation,
  ResetPassword,
  UpdateActivitySetting,
  UpdateLocale,
  UpdateUserSettings,
  UserRepository,
  ValidateEmail,
  type SignedIn,
} from '../../../domain/accounts/index.js';
import { ListFeedTokens } from '../../../domain/feeds/index.js';
import { PersonRepository } from '../../../domain/identities/index.js';
import { MediaRepository } from '../../../domain/media/index.js';
import { SortDirection, TimezoneScalar } from '../shared/common-types.js';
import { PersonObject } from '../identities/person.graphql.js';
import { ApiError } from '../shared/api-error.js';
import { requireViewer, type GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { feedTokenObjects } from '../feeds/feed-token.mapping.js';
import { accountError } from './account.graphql-errors.js';
import { LoginGuard } from './login.guard.js';
import {
  ActivitySettingObject,
  DeletedObjectObject,
  FeedTokenObject,
  LocationInput,
  LoginObject,
  NotificationPendingEnum,
  RefreshedTokenObject,
  SortableUserField,
  UserObject,
  UserSettingsObject,
  UsersObject,
} from './user.graphql.js';
import { DeleteAccount, ListUsers } from '../../../domain/administration/index.js';

const unwrap = unwrapWith(accountError);

function login(signedIn: SignedIn): LoginObject {
  return { accessToken: signedIn.accessToken, refreshToken: signedIn.refreshToken, user: UserObject.from(signedIn.user) };
}

@Resolver(() => UserObject)
export class AccountResolver {
  constructor(
    @Inject(RegisterUser) private readonly registerUser: RegisterUser,
    @Inject(ConfirmUser) private readonly confirmUser: ConfirmUser,
    @Inject(ResendConfirmation) private readonly resendConfirmation: ResendConfirmation,
    @Inject(RefreshSession) private readonly refreshSession: RefreshSession,
    @Inject(LogOut) private readonly logOut: LogOut,
    @Inject(RequestPasswordReset) private readonly requestPasswordReset: RequestPasswordReset,
    @Inject(ResetPassword) private readonly resetPasswordUseCase: ResetPassword,
    @Inject(ChangePassword) private readonly changePasswordUseCase: ChangePassword,
    @Inject(ChangeEmail) private readonly changeEmailUseCase: ChangeEmail,
    @Inject(ValidateEmail) private readonly validateEmailUseCase: ValidateEmail,
    @Inject(DeleteAccount) private readonly deleteAccountUseCase: DeleteAccount,
    @Inject(UpdateUserSettings) private readonly updateSettings: UpdateUserSettings,
    @Inject(UpdateLocale) private readonly updateLocaleUseCase: UpdateLocale,
    @Inject(UpdateActivitySetting) private readonly updateActivity: UpdateActivitySetting,
    @Inject(ListUsers) private readonly listUsers: ListUsers,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(MediaRepository) private readonly media: MediaRepository,
  ) {}

  @Mutation(() => UserObject, { name: 'createUser', nullable: true })
  async createUser(
    @Context() ctx: GqlContext,
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
  ): Promise<UserObject> {
    const receipt = unwrap(await this.registerUser.execute({ email, password, locale, ip: ctx.ip }));
    return UserObject.receipt(receipt.email, receipt.confirmationSentAt);
  }

  @Mutation(() => LoginObject, { name: 'validateUser', nullable: true })
  async validateUser(@Args('token', { type: () => String }) token: string): Promise<LoginObject> {
    return login(unwrap(await this.confirmUser.execute({ token })));
  }

  @Mutation(() => String, { name: 'resendConfirmationEmail', nullable: true })
  async resendConfirmationEmail(
    @Context() ctx: GqlContext,
    @Args('email', { type: () => String }) email: string,
    @Args('locale', { type: () => String, nullable: true }) _locale: string | null,
  ): Promise<string> {
    return unwrap(await this.resendConfirmation.execute({ email, ip: ctx.ip }));
  }

  @Mutation(() => String, { name: 'sendResetPassword', nullable: true })
  async sendResetPassword(
    @Context() ctx: GqlContext,
    @Args('email', { type: () => String }) email: string,
    @Args('locale', { type: () => String, nullable: true }) _locale: string | null,
  ): Promise<string> {
    return unwrap(await this.requestPasswordReset.execute({ email, ip: ctx.ip }));
  }

  @Mutation(() => LoginObject, { name: 'resetPassword', nullable: true })
  async resetPassword(
    @Args('token', { type: () => String }) token: string,
    @Args('password', { type: () => String }) password: string,
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) _locale: string,
  ): Promise<LoginObject> {
    return login(unwrap(await this.resetPasswordUseCase.execute({ token, password })));
  }

  @Mutation(() => LoginObject, { name: 'login', nullable: true })
  @UseGuards(LoginGuard)
  login(
    @Context() ctx: GqlContext,
    @Args('email', { type: () => String }) _email: string,
    @Args('password', { type: () => String }) _password: string,
  ): LoginObject {
    // LoginGuard has signed in through passport-local (the LogIn use case) or answered the refusal.
    if (!ctx.signedIn) throw new Error('login ran without LoginGuard');
    return login(ctx.signedIn);
  }

  @Mutation(() => RefreshedTokenObject, { name: 'refreshToken', nullable: true })
  async refreshToken(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<RefreshedTokenObject> {
    return unwrap(await this.refreshSession.execute({ refreshToken }));
  }

  @Mutation(() => String, { name: 'logout', nullable: true })
  async logout(@Context() ctx: GqlContext, @Args('refreshToken', { type: () => String }) refreshToken: string): Promise<string> {
    const viewer = requireViewer(ctx);
    return unwrap(await this.logOut.execute({ userId: viewer.userId, refreshToken }));
  }

  @Mutation(() => UserObject, { name: 'changePassword', nullable: true })
  async changePassword(
    @Context() ctx: GqlContext,
    @Args('oldPassword', { type: () => String }) oldPassword: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
  ): Promise<UserObject> {
    const viewer = requireViewer(ctx);
    const cmd = { userId: viewer.userId, sessionId: viewer.sessionId, oldPassword, newPassword };
    return UserObject.from(unwrap(await this.changePasswordUseCase.execute(cmd)));
  }

  @Mutation(() => UserObject, { name: 'changeEmail', nullable: true })
  async changeEmail(
    @Context() ctx: GqlContext,
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
  ): Promise<UserObject> {
    const viewer = requireViewer(ctx);
    return UserObject.from(unwrap(await this.changeEmailUseCase.execute({ userId: viewer.userId, email, password })));
  }

  @Mutation(() => UserObject, { name: 'validateEmail', nullable: true })
  async validateEmail(@Args('token', { type: () => String }) token: string): Promise<UserObject> {
    const user = unwrap(await this.validateEmailUseCase.execute({ token }));
    // The link may be opened logged out: answer only the id.
    return Object.assign(UserObject.receipt(user.email, new Date()), { id: user.id, email: user.email });
  }

  @Mutation(() => DeletedObjectObject, { name: 'deleteAccount', nullable: true })
  async deleteAccount(
    @Context() ctx: GqlContext,
    @Args('password', { type: () => String, nullable: true }) password: string | null,
    @Args('userId', { type: () => ID, nullable: true }) userId: string | null,
  ): Promise<DeletedObjectObject> {
    const viewer = requireViewer(ctx);
    return unwrap(await this.deleteAccountUseCase.execute({ actingUserId: viewer.userId, userId, password }));
  }

  @Mutation(() => UserSettingsObject, { name: 'setUserSettings', nullable: true })
  async setUserSettings(
    @Context() ctx: GqlContext,
    @Args('timezone', { type: () => TimezoneScalar, nullable: true }) timezone: string | null,
    @Args('notificationOnDay', { type: () => Boolean, nullable: true }) notificationOnDay: boolean | null,
    @Args('notificationEachWeek', { type: () => Boolean, nullable: true }) notificationEachWeek: boolean | null,
    @Args('notificationBeforeEvent', { type: () => Boolean, nullable: true }) notificationBeforeEvent: boolean | null,
    @Args('notificationPendingParticipation', { type: () => NotificationPendingEnum, nullable: true })
    notificationPendingParticipation: NotificationPendingEnum | null,
    @Args('notificationPendingMembership', { type: () => NotificationPendingEnum, nullable: true })
    notificationPendingMembership: NotificationPendingEnum | null,
    @Args('groupNotifications', { type: () => NotificationPendingEnum, nullable: true }) groupNotifications: NotificationPendingEnum | null,
    @Args('location', { type: () => LocationInput, nullable: true }) location: LocationInput | null,
  ): Promise<UserSettingsObject> {
    const viewer = requireViewer(ctx);
    const given = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
    const user = unwrap(
      await this.updateSettings.execute({
        userId: viewer.userId,
        settings: {
          timezone: given(timezone),
          notificationOnDay: given(notificationOnDay),
          notificationEachWeek: given(notificationEachWeek),
          notificationBeforeEvent: given(notificationBeforeEvent),
          notificationPendingParticipation: given(notificationPendingParticipation),
          notificationPendingMembership: given(notificationPendingMembership),
          groupNotifications: given(groupNotifications),
          location: location
            ? { range: location.range ?? null, geohash: location.geohash ?? null, name: location.name ?? null }
            : undefined,
        },
      }),
    );
    return user.settings();
  }

  @Mutation(() => UserObject, { name: 'updateLocale', nullable: true })
  async updateLocale(
    @Context() ctx: GqlContext,
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
  ): Promise<UserObject> {
    const viewer = requireViewer(ctx);
    return UserObject.from(unwrap(await this.updateLocaleUseCase.execute({ userId: viewer.userId, locale })));
  }

  @Mutation(() => ActivitySettingObject, { name: 'updateActivitySetting', nullable: true })
  async updateActivitySetting(
    @Context() ctx: GqlContext,
    @Args('key', { type: () => String }) key: string,
    @Args('method', { type: () => String }) method: string,
    @Args('enabled', { type: () => Boolean }) enabled: boolean,
  ): Promise<ActivitySettingObject> {
    const viewer = requireViewer(ctx);
    return unwrap(await this.updateActivity.execute({ userId: viewer.userId, key, method, enabled }));
  }

  @Query(() => UsersObject, { name: 'users', nullable: true })
  async listInstanceUsers(
    @Context() ctx: GqlContext,
    @Args('email', { type: () => String, nullable: true, defaultValue: '' }) email: string | null,
    @Args('currentSignInIp', { type: () => String, nullable: true }) currentSignInIp: string | null,
    @Args('page', { type: () => Int, nullable: true, defaultValue: 1 }) page: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit: number | null,
    @Args('sort', { type: () => SortableUserField, nullable: true, defaultValue: SortableUserField.ID }) _sort: SortableUserField | null,
    @Args('direction', { type: () => SortDirection, nullable: true, defaultValue: SortDirection.DESC }) direction: SortDirection | null,
  ): Promise<UsersObject> {
    const viewer = requireViewer(ctx);
    const result = unwrap(await this.listUsers.execute({ actingUserId: viewer.userId, email, currentSignInIp, page, limit, direction }));
    return { total: result.total, elements: result.elements.map(UserObject.from) };
  }

  @Query(() => UserObject, { name: 'loggedUser', nullable: true })
  async loggedUser(@Context() ctx: GqlContext): Promise<UserObject> {
    const viewer = requireViewer(ctx);
    const user = await this.users.findById(viewer.userId);
    if (!user) throw ApiError.unauthenticated();
    return UserObject.from(user);
  }

  // Fields below are read by the account itself and, through `users`, by moderators only.

  @ResolveField('actors', () => [PersonObject])
  async actors(@Parent() user: UserObject): Promise<PersonObject[]> {
    if (!user.id) return [];
    return (await this.persons.findByUser(user.id)).map(PersonObject.from);
  }

  @ResolveField('defaultActor', () => PersonObject, { nullable: true })
  async defaultActor(@Parent() user: UserObject): Promise<PersonObject | null> {
    if (!user.defaultActorId) return null;
    const person = await this.persons.findById(user.defaultActorId);
    return person ? PersonObject.from(person) : null;
  }

  @ResolveField('settings', () => UserSettingsObject, { nullable: true })
  settings(@Parent() user: UserObject): UserSettingsObject | null {
    return user.settingsValue;
  }

  // Property injection keeps the constructor as it is; optional because the worker role, which
  // also loads this module, has no feeds (and never resolves GraphQL fields).
  @Optional() @Inject(ListFeedTokens) private readonly feedTokenList?: ListFeedTokens;

  /** Feed tokens are the secrets of private feeds: only the account itself reads them back. */
  @ResolveField('feedTokens', () => [FeedTokenObject], { nullable: true })
  async feedTokens(@Context() ctx: GqlContext, @Parent() user: UserObject): Promise<FeedTokenObject[]> {
    if (!user.id || !this.feedTokenList || ctx.viewer?.userId !== user.id) return [];
    return feedTokenObjects(await this.feedTokenList.ofUser(user.id), user, this.persons);
  }

  @ResolveField('activitySettings', () => [ActivitySettingObject], { nullable: true })
  activitySettings(@Parent() user: UserObject): ActivitySettingObject[] {
    return user.activitySettingsValue;
  }

  @ResolveField('mediaSize', () => Int, { nullable: true })
  async mediaSize(@Parent() user: UserObject): Promise<number> {
    return user.id ? this.media.totalSizeByUser(user.id) : 0;
  }
}
