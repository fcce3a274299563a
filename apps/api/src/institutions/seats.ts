import { Args, ArgsType, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, SeatRole } from '@alliance/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { Allow, SIGNED_IN } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { Loaders, RequestLoaders } from '../core/graphql/request-loaders';
import { IsCalendarDate, IsWebAddress } from '../core/validation/text.decorators';
import { InstitutionModel } from './institution.model';
import { InstitutionEntity } from './institution.entity';
import { institutionsError, InstitutionsErrorCode } from './institutions.errors';
import { InstitutionsLoaders } from './institutions.loaders';
import { SeatEntity } from './seat.entity';

registerEnumType(SeatRole, { name: 'SeatRole' });

@ObjectType('Seat', { description: "An institution's dated seat on another (a term on the Security Council, a monthly presidency)." })
export class SeatModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bodyId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => SeatRole)
  role!: SeatRole;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null when open-ended.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Public source of the fact.' })
  source!: string | null;
}

@ArgsType()
class SeatsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  bodyId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@InputType()
class AddSeatInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  bodyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an institution id' })
  memberId!: string;

  @Field(() => SeatRole)
  @IsEnum(SeatRole, { message: `must be one of ${Object.values(SeatRole).join(', ')}` })
  role!: SeatRole;

  @Field()
  @IsCalendarDate()
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebAddress()
  source?: string;
}

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

@Resolver(() => SeatModel)
export class SeatsResolver {
  constructor(
    private readonly seats: SeatsService,
    private readonly institutionsLoaders: InstitutionsLoaders,
  ) {}

  @Query(() => [SeatModel], { name: 'seats', description: 'Who sits on a body, and who presides, on a given day (today by default).' })
  @Allow(SIGNED_IN)
  list(@Args() { bodyId, on }: SeatsArgs): Promise<SeatModel[]> {
    return this.seats.on(bodyId, on ?? new Date().toISOString().slice(0, 10));
  }

  @Mutation(() => SeatModel)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  addSeat(@CurrentUser() actor: SignedInUser, @Args('input') input: AddSeatInput): Promise<SeatModel> {
    return this.seats.add(actor, input);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  member(@Parent() seat: SeatModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return loaders.of(this.institutionsLoaders).byId.load(seat.memberId);
  }

  @ResolveField(() => InstitutionModel, { nullable: true })
  body(@Parent() seat: SeatModel, @Loaders() loaders: RequestLoaders): Promise<InstitutionModel | null> {
    return loaders.of(this.institutionsLoaders).byId.load(seat.bodyId);
  }
}
