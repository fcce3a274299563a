import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language, Role, UserStatus } from '@alliance/domain';
import '../core/graphql/domain-enums';
import { ConnectionType } from '../core/graphql/pagination';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => UserStatus)
  status!: UserStatus;

  @Field(() => ID, { nullable: true, description: 'The member organisation a MEMBER represents.' })
  organisationId!: string | null;

  @Field(() => Language)
  language!: Language;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;
}

@ObjectType()
export class UserConnection extends ConnectionType(UserModel, 'User') {}

@ObjectType('InvitationPreview', { description: 'What an invitation link is for, shown before the password is set.' })
export class InvitationPreviewModel {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  expiresAt!: Date;
}
