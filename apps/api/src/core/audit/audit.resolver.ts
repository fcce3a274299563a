import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@alliance/domain';
import { Allow } from '../auth/allow.decorator';
import { AuditEventConnection, AuditEventModel } from './audit-event.model';
import { AuditEventsArgs } from './audit.inputs';
import { AuditTrailService } from './audit-trail.service';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first.' })
  @Allow(Role.COORDINATOR)
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.trail.list(args);
  }
}
