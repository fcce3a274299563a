import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsEmailAddress } from '../../core/validation/text.decorators';

export const MAIL_EVENT_TYPES = ['bounce', 'complaint', 'unsubscribe'] as const;
export type MailEventType = (typeof MAIL_EVENT_TYPES)[number];
export const MAX_MAIL_EVENTS = 1000;

/** One report from the mail provider or the inbound mail processor (see the API README, "Mail events webhook"). */
export class MailEventInput {
  @IsIn(MAIL_EVENT_TYPES, { message: `must be one of ${MAIL_EVENT_TYPES.join(', ')}` })
  type!: MailEventType;

  @IsEmailAddress()
  email!: string;

  @ValidateIf((event: MailEventInput) => event.type === 'bounce' || event.permanent !== undefined)
  @IsBoolean({ message: 'must be true or false (a bounce says whether it is permanent)' })
  permanent?: boolean;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  detail?: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(998, { message: 'must be at most 998 characters' })
  messageId?: string;
}

/** POST /api/webhooks/mail-events */
export class MailEventsBody {
  @IsArray({ message: 'must be a list of events' })
  @ArrayMaxSize(MAX_MAIL_EVENTS, { message: `must have at most ${MAX_MAIL_EVENTS} events per call` })
  @ValidateNested({ each: true })
  @Type(() => MailEventInput)
  events!: MailEventInput[];
}

export interface MailEventsResultJson {
  /** Events applied (or already in effect). */
  accepted: number;
  /** Valid events that change nothing by design: temporary bounces. */
  ignored: number;
}
