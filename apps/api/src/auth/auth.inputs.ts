import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@alliance/domain';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsEmailAddress, IsSingleLineText } from '../core/validation/text.decorators';

@InputType()
export class SignInInput {
  @Field()
  @IsEmailAddress()
  email!: string;

  @Field()
  @IsString({ message: 'must be text' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}

@ArgsType()
export class InvitationArgs {
  @Field()
  @IsString()
  @MaxLength(128, { message: 'is not an invitation token' })
  token!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(128, { message: 'is not an invitation token' })
  token!: string;

  @Field()
  @IsString({ message: 'must be text' })
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `must be between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;

  @Field({ nullable: true, description: 'Corrects the name the coordinator typed.' })
  @IsOptional()
  @IsSingleLineText(200)
  name?: string;
}
