import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Language, Role, UserStatus } from '@alliance/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageArgs } from '../core/graphql/pagination';
import { IsEmailAddress, IsSingleLineText } from '../core/validation/text.decorators';

const ROLE_MESSAGE = `must be one of ${Object.values(Role).join(', ')}`;

@InputType()
export class UsersFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role?: Role;

  @Field(() => UserStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UserStatus, { message: `must be one of ${Object.values(UserStatus).join(', ')}` })
  status?: UserStatus;

  @Field({ nullable: true, description: 'Part of a name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UsersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UsersFilter)
  filter?: UsersFilter;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmailAddress()
  email!: string;

  @Field()
  @IsSingleLineText(200)
  name!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role!: Role;

  @Field(() => Language, { nullable: true, description: 'Language of the invitation and the admin; English by default.' })
  @IsOptional()
  @IsEnum(Language, { message: 'must be one of EN, FR' })
  language?: Language;

  @Field(() => ID, { nullable: true, description: 'Required for a MEMBER: the organisation they represent.' })
  @ValidateIf((input: InviteUserInput) => input.role === Role.MEMBER || input.organisationId !== undefined)
  @IsUUID('all', { message: 'is required for a MEMBER and must be an organisation id' })
  organisationId?: string;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required when the new role is MEMBER.' })
  @ValidateIf((input: ChangeUserRoleInput) => input.role === Role.MEMBER || input.organisationId !== undefined)
  @IsUUID('all', { message: 'is required for a MEMBER and must be an organisation id' })
  organisationId?: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;
}

@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => Language)
  @IsEnum(Language, { message: 'must be one of EN, FR' })
  language!: Language;
}
