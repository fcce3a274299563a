import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvitationEntity } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import { UserEntity } from './user.entity';
import { UsersLoaders } from './users.loaders';
import { AuditEventActorResolver, UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, InvitationEntity])],
  providers: [UsersService, InvitationsService, UsersLoaders, UsersResolver, AuditEventActorResolver],
  exports: [UsersService, InvitationsService, UsersLoaders],
})
export class UsersModule {}
