// Mobilizon's `Address` and `AddressInput` (shared by geocoding, events and groups). Every field
// is nullable, as in Mobilizon's schema.
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { TimezoneScalar } from './common-types.js';
import { PointScalar } from './point.scalar.js';

export { PointScalar, parsePoint, formatPoint, type LonLat } from './point.scalar.js';

const opt = { nullable: true } as const;

@ObjectType('PictureInfoElement')
export class PictureInfoElementObject {
  @Field(() => String, opt) name: string | null;
  @Field(() => String, opt) url: string | null;
}

@ObjectType('PictureInfo', { description: 'A picture associated with an address' })
export class PictureInfoObject {
  @Field(() => String, opt) url: string | null;
  @Field(() => PictureInfoElementObject, opt) author: PictureInfoElementObject | null;
  @Field(() => PictureInfoElementObject, opt) source: PictureInfoElementObject | null;
}

@ObjectType('Address', { description: 'An address object' })
export class AddressObject {
  /** "lon;lat" (a `{ lon, lat }` object is serialized too). */
  @Field(() => PointScalar, { ...opt, description: 'The geocoordinates for the point where this address is' })
  geom: string | null;

  @Field(() => String, { ...opt, description: "The address's street name (with number)" })
  street: string | null;

  @Field(() => String, { ...opt, description: "The address's locality" })
  locality: string | null;

  @Field(() => String, { ...opt, description: "The address's postal code" })
  postalCode: string | null;

  @Field(() => String, { ...opt, description: "The address's region" })
  region: string | null;

  @Field(() => String, { ...opt, description: "The address's country" })
  country: string | null;

  @Field(() => String, { ...opt, description: "The address's description" })
  description: string | null;

  @Field(() => String, { ...opt, description: "The address's type" })
  type: string | null;

  @Field(() => String, { ...opt, description: "The address's URL" })
  url: string | null;

  @Field(() => ID, { ...opt, description: "The address's ID" })
  id: string | null;

  @Field(() => String, { ...opt, description: "The address's original ID from the provider" })
  originId: string | null;

  @Field(() => TimezoneScalar, { ...opt, description: 'The (estimated) timezone of the location' })
  timezone: string | null;

  @Field(() => PictureInfoObject, { ...opt, description: 'A picture associated with the address' })
  pictureInfo: PictureInfoObject | null;
}

@InputType('AddressInput', { description: 'An address input' })
export class AddressInput {
  /** Normalized "lon;lat"; read it with `parsePoint`. */
  @Field(() => PointScalar, { ...opt, description: 'The geocoordinates for the point where this address is' })
  geom?: string | null;

  @Field(() => String, { ...opt, description: "The address's street name (with number)" })
  street?: string | null;

  @Field(() => String, { ...opt, description: "The address's locality" })
  locality?: string | null;

  @Field(() => String, { ...opt, description: "The address's postal code" })
  postalCode?: string | null;

  @Field(() => String, { ...opt, description: "The address's region" })
  region?: string | null;

  @Field(() => String, { ...opt, description: "The address's country" })
  country?: string | null;

  @Field(() => String, { ...opt, description: "The address's description" })
  description?: string | null;

  @Field(() => String, { ...opt, description: "The address's type" })
  type?: string | null;

  @Field(() => String, { ...opt, description: "The address's URL" })
  url?: string | null;

  @Field(() => ID, { ...opt, description: "The address's ID" })
  id?: string | null;

  @Field(() => String, { ...opt, description: "The address's original ID from the provider" })
  originId?: string | null;

  @Field(() => TimezoneScalar, { ...opt, description: 'The (estimated) timezone of the location' })
  timezone?: string | null;
}
