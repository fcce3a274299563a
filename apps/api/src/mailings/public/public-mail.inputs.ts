import { applyDecorators } from '@nestjs/common';
import { Language } from '@alliance/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsEmailAddress, IsSingleLineText } from '../../core/validation/text.decorators';

const LANGUAGES = Object.values(Language);
const uniqueItems = Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value));

/** A signed link's token, as pasted from a mail. */
function IsLinkToken(): PropertyDecorator {
  const message = 'must be the token from the link in your mail';
  return applyDecorators(IsString({ message }), IsNotEmpty({ message }), MaxLength(2048, { message }));
}

/** POST /api/public/subscribe */
export class SubscribeBody {
  @IsEmailAddress()
  email!: string;

  @IsOptional()
  @IsSingleLineText(100)
  firstName?: string;

  @IsOptional()
  @IsSingleLineText(100)
  lastName?: string;

  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language!: string;

  @uniqueItems
  @IsArray({ message: 'must be a list of mailing list ids' })
  @ArrayMinSize(1, { message: 'must name at least one list' })
  @ArrayMaxSize(50, { message: 'must name at most 50 lists' })
  @IsUUID('all', { each: true, message: 'must contain mailing list ids' })
  listIds!: string[];
}

/** POST /api/public/subscribe/confirm */
export class ConfirmSubscriptionBody {
  @IsLinkToken()
  token!: string;
}

/** GET /api/public/preferences */
export class PreferencesQuery {
  @IsLinkToken()
  token!: string;
}

/** POST /api/public/preferences */
export class UpdatePreferencesBody {
  @IsLinkToken()
  token!: string;

  @uniqueItems
  @IsArray({ message: 'must be a list of mailing list ids' })
  @ArrayMaxSize(200, { message: 'must name at most 200 lists' })
  @IsUUID('all', { each: true, message: 'must contain mailing list ids' })
  subscribedListIds!: string[];

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  leaveAll?: boolean;
}

export interface PublicListJson {
  id: string;
  name: string;
  description: string | null;
  doubleOptIn: boolean;
}

export interface PreferencesJson {
  email: string;
  /** The list the link came from (the one "unsubscribe" in that mail means). */
  fromListId: string;
  lists: { id: string; name: string; description: string | null; subscribed: boolean }[];
  /** The address receives no mailing at all (it left every list, bounced or complained). */
  suppressed: boolean;
}

export interface ConfirmationJson {
  /** The lists of the link the address is now subscribed to. */
  lists: { id: string; name: string }[];
  /** Opens the preferences page for this address. */
  preferencesToken: string;
}
