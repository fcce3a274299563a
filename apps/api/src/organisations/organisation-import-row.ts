import { MembershipStatus, OrganisationType } from '@alliance/domain';
import { ArrayMaxSize, IsArray, IsDefined, IsEnum, IsOptional, Matches } from 'class-validator';
import { CellNormalisation } from '../core/csv/csv-cells';
import { IsCountryCode, IsLabelList, IsMultiLineText, IsSingleLineText, IsWebAddress } from '../core/validation/text.decorators';

export const ORGANISATION_IMPORT_FIELDS = [
  'name', 'acronym', 'type', 'countryCode', 'city', 'website', 'description', 'focusAreas', 'languages', 'tags', 'membershipStatus',
] as const;

/** How the cells are cased and split before validation (see normaliseCells). */
export const ORGANISATION_CELLS: CellNormalisation = {
  upper: ['type', 'membershipStatus', 'countryCode'],
  lower: ['languages'],
  lists: ['focusAreas', 'languages', 'tags'],
};

/** One row of an organisations file, validated by the same rules as the API's inputs. */
export class OrganisationImportRow {
  @IsSingleLineText(300)
  @IsDefined({ message: 'is required' })
  name!: string;

  @IsOptional()
  @IsSingleLineText(40)
  acronym?: string;

  @IsEnum(OrganisationType, { message: `must be one of ${Object.values(OrganisationType).join(', ')}` })
  @IsDefined({ message: 'is required' })
  type!: OrganisationType;

  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @IsOptional()
  @IsSingleLineText(120)
  city?: string;

  @IsOptional()
  @IsWebAddress()
  website?: string;

  @IsOptional()
  @IsMultiLineText(5000)
  description?: string;

  @IsOptional()
  @IsLabelList(20, 100)
  focusAreas?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'must contain two-letter language codes, e.g. "fr"' })
  languages?: string[];

  @IsOptional()
  @IsLabelList(30, 60)
  tags?: string[];

  @IsOptional()
  @IsEnum(MembershipStatus, { message: `must be one of ${Object.values(MembershipStatus).join(', ')}` })
  membershipStatus?: MembershipStatus;
}
