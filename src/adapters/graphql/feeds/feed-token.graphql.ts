// GraphQL shapes of feed tokens' mutations: the deletion receipt and the arguments. The FeedToken
// object itself is FeedTokenObject of ../accounts/user.graphql.ts.
import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { DeletedObjectObject } from '../accounts/user.graphql.js';

const opt = { nullable: true } as const;

@ObjectType('DeletedFeedToken', { description: 'What deleting a feed token answers' })
export class DeletedFeedTokenObject {
  @Field(() => DeletedObjectObject, opt) user: DeletedObjectObject | null;
  @Field(() => DeletedObjectObject, opt) actor: DeletedObjectObject | null;
}

/** `createFeedToken(actorId: ID)`: answers a FeedToken (FeedTokenObject of ../accounts/user.graphql.ts). */
@ArgsType()
export class CreateFeedTokenArgs {
  @Field(() => ID, opt) actorId?: string | null;
}

/** `deleteFeedToken(token: String!)`. */
@ArgsType()
export class DeleteFeedTokenArgs {
  @Field(() => String) token: string;
}
