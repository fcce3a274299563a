import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { RelationshipKind } from '@alliance/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, IsSingleLineText } from '../core/validation/text.decorators';

@InputType()
export class AddRelationshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  fromContactId!: string;

  @Field(() => RelationshipKind)
  @IsEnum(RelationshipKind, { message: `must be one of ${Object.values(RelationshipKind).join(', ')}` })
  kind!: RelationshipKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  toContactId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(500)
  note?: string;
}

@ArgsType()
export class RelationshipIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a relationship id' })
  id!: string;
}
