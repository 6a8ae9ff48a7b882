import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AdminUpdateUser,
  GetAdminSettings,
  GetDashboard,
  GetStatistics,
  ListProfiles,
  SaveAdminSettings,
  ViewUser,
  type AdminSettingsChanges,
  type Policy,
} from '../../../domain/administration/index.js';
import { MediaRepository, MediaStorage, UploadMedia } from '../../../domain/media/index.js';
import { UserObject } from '../accounts/user.graphql.js';
import { toEventObject } from '../events/event.mapping.js';
import { PaginatedPersonListObject, PersonObject, type MediaInput } from '../identities/person.graphql.js';
import { mediaIdFromInput, toMediaObject } from '../media/media.resolver.js';
import { MediaObject } from '../shared/common-types.js';
import type { GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import {
  AdminSettingsObject,
  AdminUpdateUserArgs,
  CategoryStatisticsObject,
  DashboardObject,
  LanguageObject,
  PersonsArgs,
  SaveAdminSettingsArgs,
  StatisticsObject,
} from './admin.graphql.js';
import { administrationError } from './administration.graphql-errors.js';
import { languages } from './languages.js';

const unwrap = unwrapWith(administrationError);
const given = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** Moderation and administration views; every role check happens in the use cases. */
@Resolver(() => AdminSettingsObject)
export class AdminResolver {
  constructor(
    @Inject(ViewUser) private readonly viewUser: ViewUser,
    @Inject(ListProfiles) private readonly listProfiles: ListProfiles,
    @Inject(GetDashboard) private readonly getDashboard: GetDashboard,
    @Inject(GetStatistics) private readonly getStatistics: GetStatistics,
    @Inject(GetAdminSettings) private readonly getAdminSettings: GetAdminSettings,
    @Inject(SaveAdminSettings) private readonly saveSettings: SaveAdminSettings,
    @Inject(AdminUpdateUser) private readonly updateUser: AdminUpdateUser,
    @Inject(MediaRepository) private readonly media: MediaRepository,
    @Inject(MediaStorage) private readonly storage: MediaStorage,
    @Inject(UploadMedia) private readonly upload: UploadMedia,
  ) {}

  @Query(() => UserObject, { name: 'user', nullable: true, description: 'Get an user' })
  async user(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<UserObject> {
    return UserObject.from(unwrap(await this.viewUser.execute({ actingUserId: ctx.viewer?.userId ?? null, userId: id })));
  }

  @Query(() => PaginatedPersonListObject, { name: 'persons', nullable: true, description: 'List the profiles' })
  async persons(@Context() ctx: GqlContext, @Args({ type: () => PersonsArgs }) args: PersonsArgs): Promise<PaginatedPersonListObject> {
    const page = unwrap(
      await this.listProfiles.execute({
        actingUserId: ctx.viewer?.userId ?? null,
        filter: {
          preferredUsername: given(args.preferredUsername),
          name: given(args.name),
          domain: given(args.domain),
          local: given(args.local),
          suspended: given(args.suspended),
        },
        page: args.page,
        limit: args.limit,
      }),
    );
    return { total: page.total, elements: page.elements.map(PersonObject.from) };
  }

  @Query(() => DashboardObject, { name: 'dashboard', nullable: true, description: 'Get dashboard information' })
  async dashboard(@Context() ctx: GqlContext): Promise<DashboardObject> {
    const d = unwrap(await this.getDashboard.execute({ actingUserId: ctx.viewer?.userId ?? null }));
    return {
      lastPublicEventPublished: d.lastPublicEvent ? toEventObject(d.lastPublicEvent) : null,
      lastGroupCreated: null,
      numberOfUsers: d.users,
      numberOfEvents: d.localEvents,
      numberOfComments: d.localComments,
      numberOfReports: d.openReports,
      numberOfConfirmedParticipationsToLocalEvents: d.confirmedParticipationsToLocalEvents,
      // Groups and federation follows are not built yet.
      numberOfGroups: 0,
      numberOfFollowers: 0,
      numberOfFollowings: 0,
    };
  }

  @Query(() => StatisticsObject, { name: 'statistics', nullable: true, description: 'Get the instance statistics' })
  async statistics(): Promise<StatisticsObject> {
    const s = await this.getStatistics.execute();
    return {
      numberOfUsers: s.users,
      numberOfEvents: s.events,
      numberOfLocalEvents: s.localEvents,
      numberOfComments: s.comments,
      numberOfLocalComments: s.localComments,
      numberOfGroups: 0,
      numberOfLocalGroups: 0,
      numberOfInstanceFollowers: 0,
      numberOfInstanceFollowings: 0,
    };
  }

  @Query(() => [CategoryStatisticsObject], {
    name: 'categoryStatistics',
    nullable: 'itemsAndList',
    description: "Get the instance's category statistics",
  })
  async categoryStatistics(): Promise<CategoryStatisticsObject[]> {
    return this.getStatistics.categories();
  }

  @Query(() => [LanguageObject], { name: 'languages', nullable: 'itemsAndList', description: "List the instance's supported languages" })
  languages(@Args('codes', { type: () => [String], nullable: 'itemsAndList' }) codes: (string | null)[] | null): LanguageObject[] {
    return languages(codes);
  }

  @Query(() => AdminSettingsObject, { name: 'adminSettings', nullable: true, description: 'Get admin settings' })
  async adminSettings(@Context() ctx: GqlContext): Promise<AdminSettingsObject> {
    return AdminSettingsObject.from(unwrap(await this.getAdminSettings.execute({ actingUserId: ctx.viewer?.userId ?? null })));
  }

  @Mutation(() => AdminSettingsObject, { name: 'saveAdminSettings', nullable: true, description: 'Save admin settings' })
  async saveAdminSettings(
    @Context() ctx: GqlContext,
    @Args({ type: () => SaveAdminSettingsArgs }) a: SaveAdminSettingsArgs,
  ): Promise<AdminSettingsObject> {
    const current = unwrap(await this.getAdminSettings.execute({ actingUserId: ctx.viewer?.userId ?? null }));
    const policy = (
      before: Policy,
      type: string | null | undefined,
      url: string | null | undefined,
      content: string | null | undefined,
    ): Policy | undefined =>
      type == null && url === undefined && content === undefined
        ? undefined
        : {
            type: (type ?? before.type) as Policy['type'],
            url: url === undefined ? before.url : url || null,
            content: content === undefined ? before.content : content || null,
          };
    const changes: AdminSettingsChanges = {
      name: given(a.instanceName),
      description: given(a.instanceDescription),
      longDescription: given(a.instanceLongDescription),
      slogan: a.instanceSlogan === undefined ? undefined : a.instanceSlogan || null,
      contact: a.contact === undefined ? undefined : a.contact || null,
      rules: given(a.instanceRules),
      primaryColor: a.primaryColor === undefined ? undefined : a.primaryColor || null,
      secondaryColor: a.secondaryColor === undefined ? undefined : a.secondaryColor || null,
      terms: policy(current.terms, a.instanceTermsType, a.instanceTermsUrl, a.instanceTerms),
      privacy: policy(current.privacy, a.instancePrivacyPolicyType, a.instancePrivacyPolicyUrl, a.instancePrivacyPolicy),
      registrationsOpen: given(a.registrationsOpen),
      languages: a.instanceLanguages == null ? undefined : a.instanceLanguages.filter((l): l is string => !!l),
      registrationAllowlist: a.registrationsAllowlist == null ? undefined : a.registrationsAllowlist.filter((e): e is string => !!e),
      anonymousParticipation: given(a.anonymousParticipationAllowed),
      anonymousReports: given(a.anonymousReportsAllowed),
      // Only an administrator (checked just above) gets this far, so an upload here is theirs.
      logoId: await this.mediaId(ctx, a.instanceLogo),
      faviconId: await this.mediaId(ctx, a.instanceFavicon),
      defaultPictureId: await this.mediaId(ctx, a.defaultPicture),
    };
    return AdminSettingsObject.from(unwrap(await this.saveSettings.execute({ actingUserId: ctx.viewer?.userId ?? null, changes })));
  }

  @Mutation(() => UserObject, { name: 'adminUpdateUser', nullable: true, description: 'For an admin to update an user' })
  async adminUpdateUser(
    @Context() ctx: GqlContext,
    @Args({ type: () => AdminUpdateUserArgs }) a: AdminUpdateUserArgs,
  ): Promise<UserObject> {
    const user = unwrap(
      await this.updateUser.execute({
        actingUserId: ctx.viewer?.userId ?? null,
        userId: a.id,
        email: a.email,
        role: a.role,
        confirmed: a.confirmed,
        notify: a.notify,
      }),
    );
    return UserObject.from(user);
  }

  @ResolveField('instanceLogo', () => MediaObject, { nullable: true })
  instanceLogo(@Parent() s: AdminSettingsObject): Promise<MediaObject | null> {
    return this.mediaObject(s.logoId);
  }

  @ResolveField('instanceFavicon', () => MediaObject, { nullable: true })
  instanceFavicon(@Parent() s: AdminSettingsObject): Promise<MediaObject | null> {
    return this.mediaObject(s.faviconId);
  }

  @ResolveField('defaultPicture', () => MediaObject, { nullable: true })
  defaultPicture(@Parent() s: AdminSettingsObject): Promise<MediaObject | null> {
    return this.mediaObject(s.defaultPictureId);
  }

  private async mediaId(ctx: GqlContext, input: MediaInput | null | undefined): Promise<string | null | undefined> {
    if (input === undefined || !ctx.viewer) return undefined;
    return mediaIdFromInput(input, 'picture', ctx.viewer.userId, this.upload);
  }

  private async mediaObject(id: string | null): Promise<MediaObject | null> {
    if (!id) return null;
    const media = await this.media.findById(id);
    return media ? toMediaObject(media, this.storage) : null;
  }
}
