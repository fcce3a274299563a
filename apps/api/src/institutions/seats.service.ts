import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { InstitutionEntity } from './institution.entity';
import { institutionsError, InstitutionsErrorCode } from './institutions.errors';
import { SeatEntity } from './seat.entity';
import { AddSeatInput } from './seats.inputs';

@Injectable()
export class SeatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Who holds a seat on the body on that day: members first, then the presidency. */
  on(bodyId: string, day: string): Promise<SeatEntity[]> {
    return this.dataSource
      .getRepository(SeatEntity)
      .createQueryBuilder('seat')
      .where('seat.bodyId = :bodyId AND seat.startDate <= :day AND (seat.endDate IS NULL OR seat.endDate >= :day)', { bodyId, day })
      .orderBy('seat.role', 'ASC')
      .addOrderBy('seat.startDate', 'ASC')
      .getMany();
  }

  async add(actor: SignedInUser, input: AddSeatInput): Promise<SeatEntity> {
    if (input.endDate && input.endDate < input.startDate) throw institutionsError(InstitutionsErrorCode.END_BEFORE_START);
    return this.dataSource.transaction(async (manager) => {
      for (const field of ['bodyId', 'memberId'] as const) {
        if (!(await manager.existsBy(InstitutionEntity, { id: input[field] }))) {
          throw institutionsError(field === 'bodyId' ? InstitutionsErrorCode.UNKNOWN_INSTITUTION : InstitutionsErrorCode.UNKNOWN_PARENT);
        }
      }
      const seat = manager.create(SeatEntity, { ...input, referenceKey: null, endDate: input.endDate ?? null, source: input.source ?? null });
      await manager.save(seat);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'seat.add',
        entityType: 'seat',
        entityId: seat.id,
        changes: this.audit.changesBetween(null, seat, ['bodyId', 'memberId', 'role', 'startDate', 'endDate', 'source']),
      });
      return seat;
    });
  }
}
