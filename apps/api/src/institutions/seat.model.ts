import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SeatRole } from '@alliance/domain';

registerEnumType(SeatRole, { name: 'SeatRole' });

@ObjectType('Seat', { description: "An institution's dated seat on another (a term on the Security Council, a monthly presidency)." })
export class SeatModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bodyId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => SeatRole)
  role!: SeatRole;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null when open-ended.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Public source of the fact.' })
  source!: string | null;
}
