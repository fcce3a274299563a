import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { SeatRole } from '@alliance/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, IsWebAddress } from '../core/validation/text.decorators';

@ArgsType()
export class SeatsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  bodyId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@InputType()
export class AddSeatInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  bodyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  memberId!: string;

  @Field(() => SeatRole)
  @IsEnum(SeatRole, { message: `must be one of ${Object.values(SeatRole).join(', ')}` })
  role!: SeatRole;

  @Field()
  @IsCalendarDate()
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebAddress()
  source?: string;
}
