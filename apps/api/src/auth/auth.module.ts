import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { InvitationThrottleService } from './invitation-throttle.service';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), UsersModule],
  providers: [SessionsService, SignInThrottleService, InvitationThrottleService, AuthService, AuthResolver, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService],
})
export class AuthModule {}
