import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { UserRepository } from '../../../domain/accounts/index.js';
import { CreateFeedToken, DeleteFeedToken } from '../../../domain/feeds/index.js';
import { PersonRepository } from '../../../domain/identities/index.js';
import { FeedTokenObject, UserObject } from '../accounts/user.graphql.js';
import { CreateFeedTokenArgs, DeletedFeedTokenObject, DeleteFeedTokenArgs } from './feed-token.graphql.js';
import { requireViewer, type GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { feedError } from './feed.graphql-errors.js';
import { feedTokenObjects } from './feed-token.mapping.js';

const unwrap = unwrapWith(feedError);

/** `createFeedToken` / `deleteFeedToken`: the private "events I'm going to" feeds of an account. */
@Resolver()
export class FeedTokenResolver {
  constructor(
    @Inject(CreateFeedToken) private readonly createFeedTokenUseCase: CreateFeedToken,
    @Inject(DeleteFeedToken) private readonly deleteFeedTokenUseCase: DeleteFeedToken,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
  ) {}

  @Mutation(() => FeedTokenObject, { name: 'createFeedToken', nullable: true })
  async createFeedToken(
    @Context() ctx: GqlContext,
    @Args({ type: () => CreateFeedTokenArgs }) args: CreateFeedTokenArgs,
  ): Promise<FeedTokenObject> {
    const viewer = requireViewer(ctx);
    const token = unwrap(await this.createFeedTokenUseCase.execute({ userId: viewer.userId, actorId: args.actorId ?? null }));
    const user = await this.users.findById(viewer.userId);
    const [object] = await feedTokenObjects([token], user ? UserObject.from(user) : null, this.persons);
    return object;
  }

  @Mutation(() => DeletedFeedTokenObject, { name: 'deleteFeedToken', nullable: true })
  async deleteFeedToken(
    @Context() ctx: GqlContext,
    @Args({ type: () => DeleteFeedTokenArgs }) args: DeleteFeedTokenArgs,
  ): Promise<DeletedFeedTokenObject> {
    const viewer = requireViewer(ctx);
    const deleted = unwrap(await this.deleteFeedTokenUseCase.execute({ userId: viewer.userId, token: args.token }));
    return Object.assign(new DeletedFeedTokenObject(), {
      user: { id: deleted.userId },
      actor: deleted.actorId ? { id: deleted.actorId } : null,
    });
  }
}
