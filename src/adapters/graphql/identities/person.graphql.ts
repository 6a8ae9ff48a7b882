import { Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Person } from '../../../domain/identities/index.js';
import { ActionLogObjectInterface, MediaObject } from '../shared/common-types.js';
import { UploadScalar } from '../shared/upload.scalar.js';
import type { UploadedFile } from '../shared/multipart-upload.js';

export enum ActorTypeEnum {
  PERSON = 'PERSON',
  APPLICATION = 'APPLICATION',
  GROUP = 'GROUP',
  ORGANIZATION = 'ORGANIZATION',
  SERVICE = 'SERVICE',
}
registerEnumType(ActorTypeEnum, { name: 'ActorType', description: 'The list of types an actor can be' });

@InterfaceType('Actor', { description: 'An ActivityPub actor' })
export abstract class ActorInterface {
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => ActorTypeEnum, { nullable: true }) type: ActorTypeEnum | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) domain: string | null;
  @Field(() => Boolean, { nullable: true }) local: boolean | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true }) preferredUsername: string | null;
  @Field(() => Boolean, { nullable: true }) manuallyApprovesFollowers: boolean | null;
  @Field(() => Boolean, { nullable: true }) suspended: boolean | null;
  @Field(() => MediaObject, { nullable: true }) avatar: MediaObject | null;
  @Field(() => MediaObject, { nullable: true }) banner: MediaObject | null;
  @Field(() => Int, { nullable: true }) followersCount: number | null;
  @Field(() => Int, { nullable: true }) followingCount: number | null;
  @Field(() => Int, { nullable: true }) mediaSize: number | null;
}

@ObjectType('Person', { implements: () => [ActorInterface, ActionLogObjectInterface], description: 'Represents a person identity' })
export class PersonObject extends ActorInterface {
  /** Not in the schema: who owns it, for the access checks of private fields. */
  ownerUserId: string | null;
  avatarId: string | null;
  bannerId: string | null;

  static from(person: Person): PersonObject {
    const s = person.snapshot();
    return Object.assign(new PersonObject(), {
      id: s.id,
      url: s.url,
      type: ActorTypeEnum.PERSON,
      name: s.name,
      domain: s.domain,
      local: s.domain === null,
      summary: s.summary,
      preferredUsername: s.preferredUsername,
      manuallyApprovesFollowers: s.manuallyApprovesFollowers,
      suspended: s.suspended,
      followersCount: 0,
      followingCount: 0,
      ownerUserId: s.userId,
      avatarId: s.avatarId,
      bannerId: s.bannerId,
    });
  }
}

@ObjectType('PaginatedPersonList', { description: 'A paginated list of persons' })
export class PaginatedPersonListObject {
  @Field(() => [PersonObject], { nullable: true }) elements: PersonObject[];
  @Field(() => Int, { nullable: true }) total: number;
}

@InputType('MediaInputObject', { description: 'An attached media' })
export class MediaInputObject {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) alt?: string | null;
  @Field(() => UploadScalar, { nullable: true }) file?: UploadedFile | null;
}

@InputType('MediaInput', { description: 'An attached media or a link to a media' })
export class MediaInput {
  @Field(() => MediaInputObject, { nullable: true }) media?: MediaInputObject | null;
  @Field(() => ID, { nullable: true }) mediaId?: string | null;
}
