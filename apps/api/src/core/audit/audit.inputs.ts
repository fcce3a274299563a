import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../graphql/pagination';

@InputType()
export class AuditEventsFilter {
  @Field({ nullable: true, description: 'e.g. "user", "organisation".' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  actorId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. "user.invite".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventsFilter)
  filter?: AuditEventsFilter;
}
