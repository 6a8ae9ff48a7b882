// GraphQL types used by several areas (config, media, users, admin settings). GraphQL names are
// unique in a schema: each is defined here once.
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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

function isTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function parseTimezone(value: unknown): string {
  if (typeof value !== 'string' || !isTimezone(value)) {
    throw new GraphQLError(`Timezone must be an IANA time zone id, got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  return value;
}

/** An IANA time zone id such as "Europe/Paris"; rejected when the runtime does not know it. */
export const TimezoneScalar = new GraphQLScalarType<string, string>({
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
