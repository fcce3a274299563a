import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarEventKind } from '@alliance/domain';

registerEnumType(CalendarEventKind, { name: 'CalendarEventKind' });

@ObjectType('CalendarEvent')
export class CalendarEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => CalendarEventKind)
  kind!: CalendarEventKind;

  @Field()
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field()
  allDay!: boolean;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  @Field(() => ID, { nullable: true })
  institutionId!: string | null;
}
