// GraphQL types used by several areas (config, media, users, admin settings). GraphQL names are
// unique in a schema: each is defined here once.
import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isTimeZone } from '../../../domain/shared/index.js';

export enum InstanceTermsType {
  URL = 'URL',
  DEFAULT = 'DEFAULT',
  CUSTOM = 'CUSTOM',
}
registerEnumType(InstanceTermsType, {
  name: 'InstanceTermsType',
  valuesMap: {
    URL: { description: 'An URL. Users will be redirected to this URL.' },
    DEFAULT: { description: "Terms will be set to the instance's default terms" },
    CUSTOM: { description: 'Custom terms text' },
  },
});

export enum InstancePrivacyType {
  URL = 'URL',
  DEFAULT = 'DEFAULT',
  CUSTOM = 'CUSTOM',
}
registerEnumType(InstancePrivacyType, {
  name: 'InstancePrivacyType',
  valuesMap: {
    URL: { description: 'An URL. Users will be redirected to this URL.' },
    DEFAULT: { description: "Privacy policy will be set to the instance's default policy" },
    CUSTOM: { description: 'Custom privacy policy text' },
  },
});

// Mobilizon's client sends "" for an address typed by hand when no geocoder guessed its zone (issue
// 12.7): an empty zone is an unknown one (null), and the event's or instance's zone applies (ADR 0011).
function parseTimezone(value: unknown): string | null {
  if (value === '') return null;
  if (typeof value !== 'string' || !isTimeZone(value)) {
    throw new GraphQLError(`Timezone must be an IANA time zone id, got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  return value;
}

/**
 * An IANA time zone id such as "Europe/Paris"; rejected when the runtime does not know it (isTimeZone);
 * "" reads as null (unknown).
 */
export const TimezoneScalar = new GraphQLScalarType<string | null, string>({
  name: 'Timezone',
  description: 'An IANA time zone identifier',
  serialize: (value) => String(value),
  parseValue: parseTimezone,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Timezone must be a string');
    return parseTimezone(ast.value);
  },
});

@ObjectType('MediaMetadata')
export class MediaMetadataObject {
  @Field(() => Int, { nullable: true, description: 'The media width (if a picture)' })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'The media height (if a picture)' })
  height: number | null;

  @Field(() => String, { nullable: true, description: 'The media blurhash (if a picture)' })
  blurhash: string | null;
}

@ObjectType('Media', { description: 'A media' })
export class MediaObject {
  @Field(() => ID, { nullable: true, description: "The media's ID" })
  id: string | null;

  @Field(() => String, { nullable: true, description: "The media's alternative text" })
  alt: string | null;

  @Field(() => String, { nullable: true, description: "The media's name" })
  name: string | null;

  @Field(() => String, { nullable: true, description: "The media's full URL" })
  url: string | null;

  @Field(() => String, { nullable: true, description: "The media's detected content type" })
  contentType: string | null;

  @Field(() => Int, { nullable: true, description: "The media's size" })
  size: number | null;

  @Field(() => MediaMetadataObject, { nullable: true, description: "The media's metadata" })
  metadata: MediaMetadataObject | null;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Available sort directions' });

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseUuid(value: unknown): string {
  if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
    throw new GraphQLError(
      `UUID must be a UUID such as "123e4567-e89b-42d3-a456-426614174000", got ${JSON.stringify(value)?.slice(0, 80)}`,
      {
        extensions: { code: 'validation', status_code: 422 },
      },
    );
  }
  return value.toLowerCase();
}

/** A UUID in its canonical 8-4-4-4-12 hex form; inputs are lower-cased so lookups match. */
export const UuidScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description: 'A universally unique identifier (8-4-4-4-12 hexadecimal)',
  serialize: (value) => String(value),
  parseValue: parseUuid,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('UUID must be a string', { extensions: { code: 'validation', status_code: 422 } });
    return parseUuid(ast.value);
  },
});

// Mobilizon's marker interfaces, implemented by types of several areas (Event, Person, Group,
// Comment, Report...). The default type resolution picks the implementing class of the value.

@InterfaceType('ActionLogObject', { description: 'The objects that can be in an action log' })
export abstract class ActionLogObjectInterface {
  @Field(() => ID, { nullable: true, description: 'Internal ID for this object' })
  id: string | null;
}

@InterfaceType('Interactable', { description: 'An entity that can be interacted with from a remote instance' })
export abstract class InteractableInterface {
  @Field(() => String, { nullable: true, description: 'A public URL for the entity' })
  url: string | null;
}

@InterfaceType('ActivityObject', { description: 'An object that can be the subject of an activity' })
export abstract class ActivityObjectInterface {
  @Field(() => ID, { nullable: true })
  id: string | null;
}
