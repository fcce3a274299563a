import { EmailConsentStatus } from '@alliance/domain';
import { IsDefined, IsEnum, IsOptional, Matches } from 'class-validator';
import { IsCountryCode, IsEmailAddress, IsLabelList, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';
import { CellNormalisation } from '../core/csv/csv-cells';

/** The fields a contacts CSV column can be mapped to. */
export const CONTACT_IMPORT_FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'preferredLanguage', 'countryCode',
  'tags', 'organisation', 'title', 'notes', 'consentStatus', 'consentSource',
] as const;
export type ContactImportField = (typeof CONTACT_IMPORT_FIELDS)[number];

/** How the cells are cased and split before validation (see normaliseCells). */
export const CONTACT_CELLS: CellNormalisation = { upper: ['countryCode', 'consentStatus'], lower: ['preferredLanguage'], lists: ['tags'] };

/** One row of a contacts file, validated by the same rules as the API's inputs. Empty cells are left out. */
export class ContactImportRow {
  @IsSingleLineText(100)
  @IsDefined({ message: 'is required' })
  firstName!: string;

  @IsSingleLineText(100)
  @IsDefined({ message: 'is required' })
  lastName!: string;

  @IsOptional()
  @IsEmailAddress()
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{4,40}$/, { message: 'must be a phone number, e.g. +41 22 917 12 34' })
  phone?: string;

  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter language code, e.g. "fr"' })
  preferredLanguage?: string;

  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @IsOptional()
  @IsLabelList(30, 60)
  tags?: string[];

  @IsOptional()
  @IsSingleLineText(300)
  organisation?: string;

  @IsOptional()
  @IsSingleLineText(200)
  title?: string;

  @IsOptional()
  @IsMultiLineText(10000)
  notes?: string;

  @IsOptional()
  @IsEnum(EmailConsentStatus, { message: `must be one of ${Object.values(EmailConsentStatus).join(', ')}` })
  consentStatus?: EmailConsentStatus;

  @IsOptional()
  @IsSingleLineText(200)
  consentSource?: string;
}
