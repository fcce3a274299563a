import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CalendarEventKind } from '@alliance/domain';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsDateTime, IsMultiLineText, IsSingleLineText } from '../core/validation/text.decorators';

@ArgsType()
export class CalendarRangeArgs {
  @Field({ description: 'Start of the range.' })
  @IsDateTime('must be a date and time, e.g. 2026-12-01T00:00:00Z')
  from!: Date;

  @Field({ description: 'End of the range (at most 400 days after from).' })
  @IsDateTime('must be a date and time, e.g. 2027-01-01T00:00:00Z')
  to!: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;
}

@InputType()
export class CreateCalendarEventInput {
  @Field()
  @IsSingleLineText(300)
  title!: string;

  @Field(() => CalendarEventKind, { defaultValue: CalendarEventKind.OTHER })
  @IsEnum(CalendarEventKind, { message: `must be one of ${Object.values(CalendarEventKind).join(', ')}` })
  kind: CalendarEventKind = CalendarEventKind.OTHER;

  @Field()
  @IsDateTime('must be a date and time, e.g. 2026-12-01T15:00:00Z')
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDateTime('must be a date and time, e.g. 2026-12-01T17:00:00Z')
  endsAt?: Date;

  @Field({ defaultValue: false })
  @IsBoolean()
  allDay: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(5000)
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an institution id' })
  institutionId?: string;
}

@ArgsType()
export class CalendarEventIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a calendar event id' })
  id!: string;
}
