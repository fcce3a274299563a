import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditTrailService } from './audit-trail.service';
import { AuditResolver } from './audit.resolver';

/** Global: every domain's mutations write to the audit trail. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditTrailService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
