import type { Faker } from './faker';
import type { CopyLoader } from './copy-loader';
import type { Clock, Random } from './random';
import type { ScaleName, SeedCounts } from './scales';

export interface ReferenceInstitution {
  id: string;
  key: string | null;
  kind: string;
  countryCode: string | null;
}

/** Everything the generators share: the seeded sources of randomness, the loader, and the ids made so far. */
export interface SeedContext {
  scale: ScaleName;
  counts: SeedCounts;
  random: Random;
  /** Seeded fakers for a few locales, for names and places from several countries. */
  fakers: { faker: Faker; weight: number; language: string; countries: readonly string[] }[];
  clock: Clock;
  loader: CopyLoader;
  countryCodes: string[];
  countryNames: Map<string, string>;
  /** Institutions, the shipped reference ones first. */
  institutions: ReferenceInstitution[];
  /** Staff users (coordinators, advocates, analysts): authors and assignees. */
  staffUserIds: string[];
  organisationIds: string[];
  /** Organisations that are active members: campaign participants, task assignees. */
  memberOrganisationIds: string[];
  contactIds: string[];
  contactNames: string[];
  /** Per contact (same index as contactIds): primary address (null without one), preferred language, consent. */
  contactMail: { address: string | null; language: string; consent: string; deleted: boolean }[];
  /** Contacts holding a position, with the index (in `institutions`) of their current institution. */
  policymakers: { contactIndex: number; institutionIndex: number }[];
  campaigns: { id: string; status: string; targetContactIndexes: number[] }[];
  documentIds: string[];
  /** Interactions at which a commitment was made: some tasks follow them up. */
  followUps: { interactionId: string; campaignId: string | null; occurredDaysAgo: number }[];
}
