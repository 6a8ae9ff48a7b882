import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AdminSettings } from '../../../domain/administration/index.js';
import { UserRoleEnum } from '../accounts/user.graphql.js';
import { EventObject } from '../events/event.graphql.js';
import { ActorInterface, MediaInput } from '../identities/person.graphql.js';
import { InstancePrivacyType, InstanceTermsType } from '../shared/common-types.js';

const opt = { nullable: true } as const;

@ObjectType('Dashboard')
export class DashboardObject {
  @Field(() => EventObject, { ...opt, description: 'Last public event published' }) lastPublicEventPublished: EventObject | null;
  /** Groups are not built: always null, typed as the `Actor` interface until the `Group` type exists. */
  @Field(() => ActorInterface, { ...opt, description: 'Last public group created' }) lastGroupCreated: null;
  @Field(() => Int, { ...opt, description: 'The number of local users' }) numberOfUsers: number;
  @Field(() => Int, { ...opt, description: 'The number of local events' }) numberOfEvents: number;
  @Field(() => Int, { ...opt, description: 'The number of local comments' }) numberOfComments: number;
  @Field(() => Int, { ...opt, description: 'The number of local groups' }) numberOfGroups: number;
  @Field(() => Int, { ...opt, description: 'The number of current opened reports' }) numberOfReports: number;
  @Field(() => Int, { ...opt, description: 'The number of instance followers' }) numberOfFollowers: number;
  @Field(() => Int, { ...opt, description: 'The number of instance followings' }) numberOfFollowings: number;
  @Field(() => Int, { ...opt, description: 'The number of total confirmed participations to local events' })
  numberOfConfirmedParticipationsToLocalEvents: number;
}

@ObjectType('Statistics', { description: 'A statistics object' })
export class StatisticsObject {
  @Field(() => Int, opt) numberOfUsers: number;
  @Field(() => Int, opt) numberOfEvents: number;
  @Field(() => Int, opt) numberOfLocalEvents: number;
  @Field(() => Int, opt) numberOfComments: number;
  @Field(() => Int, opt) numberOfLocalComments: number;
  @Field(() => Int, opt) numberOfGroups: number;
  @Field(() => Int, opt) numberOfLocalGroups: number;
  @Field(() => Int, opt) numberOfInstanceFollowers: number;
  @Field(() => Int, opt) numberOfInstanceFollowings: number;
}

@ObjectType('CategoryStatistics')
export class CategoryStatisticsObject {
  @Field(() => String, opt) key: string;
  @Field(() => Int, opt) number: number;
}

@ObjectType('Language', { description: 'A language' })
export class LanguageObject {
  @Field(() => String, opt) code: string;
  @Field(() => String, opt) name: string;
}

@ObjectType('AdminSettings', { description: 'Admin settings' })
export class AdminSettingsObject {
  @Field(() => String, opt) instanceName: string;
  @Field(() => String, opt) instanceDescription: string;
  @Field(() => String, opt) instanceLongDescription: string;
  @Field(() => String, opt) instanceSlogan: string | null;
  @Field(() => String, opt) contact: string | null;
  @Field(() => String, opt) instanceTerms: string | null;
  @Field(() => InstanceTermsType, opt) instanceTermsType: InstanceTermsType;
  @Field(() => String, opt) instanceTermsUrl: string | null;
  @Field(() => String, opt) primaryColor: string | null;
  @Field(() => String, opt) secondaryColor: string | null;
  @Field(() => String, opt) instancePrivacyPolicy: string | null;
  @Field(() => InstancePrivacyType, opt) instancePrivacyPolicyType: InstancePrivacyType;
  @Field(() => String, opt) instancePrivacyPolicyUrl: string | null;
  @Field(() => String, opt) instanceRules: string;
  @Field(() => Boolean, opt) registrationsOpen: boolean;
  @Field(() => [String], { nullable: 'itemsAndList' }) instanceLanguages: string[];
  // Convene's additions (not in Mobilizon's AdminSettings, where they come from the config file).
  @Field(() => [String], {
    nullable: 'itemsAndList',
    description: 'Emails or domains that may sign up even when registrations are closed (Convene)',
  })
  registrationsAllowlist: string[];
  @Field(() => Boolean, { ...opt, description: 'Whether events may accept participants without an account (Convene)' })
  anonymousParticipationAllowed: boolean;
  @Field(() => Boolean, { ...opt, description: 'Whether reports may be sent without an account (Convene)' })
  anonymousReportsAllowed: boolean;

  /** Resolved by field resolvers (`instanceLogo`…). */
  logoId: string | null;
  faviconId: string | null;
  defaultPictureId: string | null;

  static from(s: AdminSettings): AdminSettingsObject {
    return Object.assign(new AdminSettingsObject(), {
      instanceName: s.name,
      instanceDescription: s.description,
      instanceLongDescription: s.longDescription,
      instanceSlogan: s.slogan,
      contact: s.contact,
      instanceTerms: s.terms.content,
      instanceTermsType: InstanceTermsType[s.terms.type],
      instanceTermsUrl: s.terms.url,
      primaryColor: s.primaryColor,
      secondaryColor: s.secondaryColor,
      instancePrivacyPolicy: s.privacy.content,
      instancePrivacyPolicyType: InstancePrivacyType[s.privacy.type],
      instancePrivacyPolicyUrl: s.privacy.url,
      instanceRules: s.rules,
      registrationsOpen: s.registrationsOpen,
      instanceLanguages: [...s.languages],
      registrationsAllowlist: [...s.registrationAllowlist],
      anonymousParticipationAllowed: s.anonymousParticipation,
      anonymousReportsAllowed: s.anonymousReports,
      logoId: s.logoId,
      faviconId: s.faviconId,
      defaultPictureId: s.defaultPictureId,
    });
  }
}

/** `saveAdminSettings(...)`: Mobilizon's arguments in its order, then Convene's three additions. */
@ArgsType()
export class SaveAdminSettingsArgs {
  @Field(() => String, opt) instanceName?: string | null;
  @Field(() => String, opt) instanceDescription?: string | null;
  @Field(() => String, opt) instanceLongDescription?: string | null;
  @Field(() => String, opt) instanceSlogan?: string | null;
  @Field(() => String, opt) contact?: string | null;
  @Field(() => MediaInput, opt) instanceLogo?: MediaInput | null;
  @Field(() => MediaInput, opt) instanceFavicon?: MediaInput | null;
  @Field(() => MediaInput, opt) defaultPicture?: MediaInput | null;
  @Field(() => String, opt) primaryColor?: string | null;
  @Field(() => String, opt) secondaryColor?: string | null;
  @Field(() => String, opt) instanceTerms?: string | null;
  @Field(() => InstanceTermsType, opt) instanceTermsType?: InstanceTermsType | null;
  @Field(() => String, opt) instanceTermsUrl?: string | null;
  @Field(() => String, opt) instancePrivacyPolicy?: string | null;
  @Field(() => InstancePrivacyType, opt) instancePrivacyPolicyType?: InstancePrivacyType | null;
  @Field(() => String, opt) instancePrivacyPolicyUrl?: string | null;
  @Field(() => String, opt) instanceRules?: string | null;
  @Field(() => Boolean, opt) registrationsOpen?: boolean | null;
  @Field(() => [String], { nullable: 'itemsAndList' }) instanceLanguages?: (string | null)[] | null;
  @Field(() => [String], { nullable: 'itemsAndList' }) registrationsAllowlist?: (string | null)[] | null;
  @Field(() => Boolean, opt) anonymousParticipationAllowed?: boolean | null;
  @Field(() => Boolean, opt) anonymousReportsAllowed?: boolean | null;
}

/** `adminUpdateUser(id, email, confirmed, role, notify)`. */
@ArgsType()
export class AdminUpdateUserArgs {
  @Field(() => ID) id: string;
  @Field(() => String, opt) email?: string | null;
  @Field(() => Boolean, opt) confirmed?: boolean | null;
  @Field(() => UserRoleEnum, opt) role?: UserRoleEnum | null;
  @Field(() => Boolean, { ...opt, defaultValue: false }) notify?: boolean | null;
}

/** `persons(...)`: the moderators' profile list. */
@ArgsType()
export class PersonsArgs {
  @Field(() => String, { ...opt, defaultValue: '' }) preferredUsername?: string | null;
  @Field(() => String, { ...opt, defaultValue: '' }) name?: string | null;
  @Field(() => String, { ...opt, defaultValue: '' }) domain?: string | null;
  @Field(() => Boolean, { ...opt, defaultValue: true }) local?: boolean | null;
  @Field(() => Boolean, { ...opt, defaultValue: false }) suspended?: boolean | null;
  @Field(() => Int, { ...opt, defaultValue: 1 }) page?: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit?: number | null;
}
