import { Inject, Optional } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserRepository } from '../../../domain/accounts/index.js';
import {
  ChangeDefaultIdentity,
  CreatePerson,
  DeletePerson,
  PersonRepository,
  RegisterPerson,
  UpdatePerson,
  mayReadPrivateFields,
} from '../../../domain/identities/index.js';
import { ListFeedTokens } from '../../../domain/feeds/index.js';
import { MediaRepository, MediaStorage, UploadMedia } from '../../../domain/media/index.js';
import { FeedTokenObject, UserObject } from '../accounts/user.graphql.js';
import { feedTokenObjects } from '../feeds/feed-token.mapping.js';
import { MediaObject } from '../shared/common-types.js';
import { mediaIdFromInput, toMediaObject } from '../media/media.resolver.js';
import { ApiError } from '../shared/api-error.js';
import { isModerator, requireViewer, type GqlContext, type Viewer } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { identityError } from './identity.graphql-errors.js';
import { MediaInput, PersonObject } from './person.graphql.js';

const unwrap = unwrapWith(identityError);

function mayReadPrivate(person: PersonObject, viewer: Viewer | null): boolean {
  return mayReadPrivateFields(person.ownerUserId, viewer && { userId: viewer.userId, isModerator: isModerator(viewer) });
}

@Resolver(() => PersonObject)
export class PersonResolver {
  constructor(
    @Inject(CreatePerson) private readonly createPersonUseCase: CreatePerson,
    @Inject(RegisterPerson) private readonly registerPersonUseCase: RegisterPerson,
    @Inject(UpdatePerson) private readonly updatePersonUseCase: UpdatePerson,
    @Inject(DeletePerson) private readonly deletePersonUseCase: DeletePerson,
    @Inject(ChangeDefaultIdentity) private readonly changeDefault: ChangeDefaultIdentity,
    @Inject(UploadMedia) private readonly uploadMedia: UploadMedia,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(MediaRepository) private readonly media: MediaRepository,
    @Inject(MediaStorage) private readonly storage: MediaStorage,
  ) {}

  @Query(() => [PersonObject], { name: 'identities', nullable: true })
  async identities(@Context() ctx: GqlContext): Promise<PersonObject[]> {
    const viewer = requireViewer(ctx);
    return (await this.persons.findByUser(viewer.userId)).map(PersonObject.from);
  }

  @Query(() => PersonObject, { name: 'loggedPerson', nullable: true })
  async loggedPerson(@Context() ctx: GqlContext): Promise<PersonObject | null> {
    const viewer = requireViewer(ctx);
    const user = await this.users.findById(viewer.userId);
    const person = user?.defaultActorId ? await this.persons.findById(user.defaultActorId) : null;
    return person ? PersonObject.from(person) : null;
  }

  @Query(() => PersonObject, { name: 'person', nullable: true })
  async person(@Args('id', { type: () => ID }) id: string): Promise<PersonObject> {
    const person = await this.persons.findById(id);
    if (!person) throw ApiError.notFound('Person not found');
    return PersonObject.from(person);
  }

  @Query(() => PersonObject, { name: 'fetchPerson', nullable: true })
  async fetchPerson(
    @Context() ctx: GqlContext,
    @Args('preferredUsername', { type: () => String }) preferredUsername: string,
  ): Promise<PersonObject> {
    requireViewer(ctx);
    // Local identities for now; `name@domain` lookups come with federation.
    const person = await this.persons.findLocalByUsername(preferredUsername.replace(/^@/, ''));
    if (!person) throw ApiError.notFound('Person not found');
    return PersonObject.from(person);
  }

  @Mutation(() => PersonObject, { name: 'createPerson', nullable: true })
  async createPerson(
    @Context() ctx: GqlContext,
    @Args('preferredUsername', { type: () => String }) preferredUsername: string,
    @Args('name', { type: () => String, nullable: true, defaultValue: '' }) name: string,
    @Args('summary', { type: () => String, nullable: true, defaultValue: '' }) summary: string | null,
    @Args('avatar', { type: () => MediaInput, nullable: true }) avatar: MediaInput | null,
    @Args('banner', { type: () => MediaInput, nullable: true }) banner: MediaInput | null,
  ): Promise<PersonObject> {
    const viewer = requireViewer(ctx);
    const avatarId = await mediaIdFromInput(avatar ?? undefined, 'avatar', viewer.userId, this.uploadMedia);
    const bannerId = await mediaIdFromInput(banner ?? undefined, 'banner', viewer.userId, this.uploadMedia);
    const person = unwrap(
      await this.createPersonUseCase.execute({ userId: viewer.userId, preferredUsername, name, summary, avatarId, bannerId }),
    );
    return PersonObject.from(person);
  }

  @Mutation(() => PersonObject, { name: 'registerPerson', nullable: true })
  async registerPerson(
    @Context() ctx: GqlContext,
    @Args('preferredUsername', { type: () => String }) preferredUsername: string,
    @Args('email', { type: () => String }) email: string,
    @Args('name', { type: () => String, nullable: true, defaultValue: '' }) name: string,
    @Args('summary', { type: () => String, nullable: true, defaultValue: '' }) summary: string | null,
    @Args('avatar', { type: () => MediaInput, nullable: true }) avatar: MediaInput | null,
    @Args('banner', { type: () => MediaInput, nullable: true }) banner: MediaInput | null,
  ): Promise<PersonObject> {
    // Uploads need an account to own them; a caller without a session registers without pictures.
    const owner = ctx.viewer?.userId;
    const avatarId = owner ? await mediaIdFromInput(avatar ?? undefined, 'avatar', owner, this.uploadMedia) : undefined;
    const bannerId = owner ? await mediaIdFromInput(banner ?? undefined, 'banner', owner, this.uploadMedia) : undefined;
    const person = unwrap(
      await this.registerPersonUseCase.execute({
        email,
        sessionUserId: ctx.viewer?.userId ?? null,
        preferredUsername,
        name,
        summary,
        avatarId,
        bannerId,
      }),
    );
    return PersonObject.from(person);
  }

  @Mutation(() => PersonObject, { name: 'updatePerson', nullable: true })
  async updatePerson(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
    @Args('summary', { type: () => String, nullable: true }) summary: string | null,
    @Args('avatar', { type: () => MediaInput, nullable: true }) avatar: MediaInput | null | undefined,
    @Args('banner', { type: () => MediaInput, nullable: true }) banner: MediaInput | null | undefined,
  ): Promise<PersonObject> {
    const viewer = requireViewer(ctx);
    // Ownership first, so an upload is never stored for someone else's identity.
    const existing = await this.persons.findById(id);
    if (!existing || !existing.isOwnedBy(viewer.userId)) throw identityError({ type: 'identity-not-found' });
    const avatarId = await mediaIdFromInput(avatar, 'avatar', viewer.userId, this.uploadMedia);
    const bannerId = await mediaIdFromInput(banner, 'banner', viewer.userId, this.uploadMedia);
    const person = unwrap(
      await this.updatePersonUseCase.execute({ userId: viewer.userId, personId: id, name, summary, avatarId, bannerId }),
    );
    return PersonObject.from(person);
  }

  @Mutation(() => PersonObject, { name: 'deletePerson', nullable: true })
  async deletePerson(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<PersonObject> {
    const viewer = requireViewer(ctx);
    return PersonObject.from(unwrap(await this.deletePersonUseCase.execute({ userId: viewer.userId, personId: id })));
  }

  @Mutation(() => UserObject, { name: 'changeDefaultActor', nullable: true })
  async changeDefaultActor(
    @Context() ctx: GqlContext,
    @Args('preferredUsername', { type: () => String }) preferredUsername: string,
  ): Promise<UserObject> {
    const viewer = requireViewer(ctx);
    return UserObject.from(unwrap(await this.changeDefault.execute({ userId: viewer.userId, preferredUsername })));
  }

  @ResolveField('avatar', () => MediaObject, { nullable: true })
  async avatar(@Context() ctx: GqlContext, @Parent() person: PersonObject): Promise<MediaObject | null> {
    return this.mediaObject(ctx, person.avatarId);
  }

  @ResolveField('banner', () => MediaObject, { nullable: true })
  async banner(@Context() ctx: GqlContext, @Parent() person: PersonObject): Promise<MediaObject | null> {
    return this.mediaObject(ctx, person.bannerId);
  }

  @ResolveField('user', () => UserObject, { nullable: true })
  async user(@Context() ctx: GqlContext, @Parent() person: PersonObject): Promise<UserObject | null> {
    if (!person.ownerUserId || !mayReadPrivate(person, ctx.viewer)) return null;
    const user = await this.users.findById(person.ownerUserId);
    return user ? UserObject.from(user) : null;
  }

  // Property injection keeps the constructor as it is; optional for modules loaded without feeds.
  @Optional() @Inject(ListFeedTokens) private readonly feedTokenList?: ListFeedTokens;

  @ResolveField('feedTokens', () => [FeedTokenObject], { nullable: true })
  async feedTokens(@Context() ctx: GqlContext, @Parent() person: PersonObject): Promise<FeedTokenObject[] | null> {
    if (!mayReadPrivate(person, ctx.viewer)) return null;
    // Feed tokens are secrets: moderators may read private fields, but never these.
    if (!this.feedTokenList || !person.id || !person.ownerUserId || person.ownerUserId !== ctx.viewer?.userId) return [];
    const user = await this.users.findById(person.ownerUserId);
    return feedTokenObjects(
      await this.feedTokenList.ofActor(person.id, ctx.viewer.userId),
      user ? UserObject.from(user) : null,
      this.persons,
    );
  }

  @ResolveField('mediaSize', () => Int, { nullable: true })
  async mediaSize(@Context() ctx: GqlContext, @Parent() person: PersonObject): Promise<number | null> {
    if (!person.ownerUserId || !mayReadPrivate(person, ctx.viewer)) return null;
    return this.media.totalSizeByUser(person.ownerUserId);
  }

  // Private messages are not built yet: an identity has no unread conversation.
  @ResolveField('unreadConversationsCount', () => Int, { nullable: true })
  unreadConversationsCount(@Context() ctx: GqlContext, @Parent() person: PersonObject): number | null {
    return mayReadPrivate(person, ctx.viewer) ? 0 : null;
  }

  // Batched per request: a page of events shows each organizer's avatar (no N+1). The same
  // loader as the events' pictures, so one query serves both.
  private async mediaObject(ctx: GqlContext, id: string | null): Promise<MediaObject | null> {
    if (!id) return null;
    const media = await ctx.loaders.media.load(id);
    return media ? toMediaObject(media, this.storage) : null;
  }
}
