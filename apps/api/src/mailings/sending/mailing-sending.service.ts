import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LANGUAGE, DeliveryStatus, MailingStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../../core/audit/audit.service';
import { SignedInUser } from '../../core/auth/request-auth';
import { escapeLike } from '../../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../../core/graphql/pagination';
import { RequestLoaders } from '../../core/graphql/request-loaders';
import { AudienceEntity } from '../audience.entity';
import { DeliveryEntity } from '../delivery.entity';
import { MailingEntity, MailingTranslationEntity } from '../mailing.entity';
import { MailingProgressModel } from '../mailing.model';
import { DeliveriesArgs, SendMailingInput } from '../mailings.inputs';
import { freshRound } from './delivery-batch.job';
import { MailingStarter } from './mailing-starter';
import { sendingError, SendingErrorCode } from './mailing-sending.errors';
import { countDeliveries, DeliveryCounts, SendingLoaders } from './mailing-sending.loaders';
import { execute } from './sql-result';

const AUDITED = ['status', 'scheduledAt', 'requestedRecipientCount', 'approvedById', 'startedAt', 'finishedAt'] as const;
const CANCELLABLE = [MailingStatus.AWAITING_APPROVAL, MailingStatus.SCHEDULED, MailingStatus.SENDING, MailingStatus.PAUSED];
const RESENDABLE = [MailingStatus.SENDING, MailingStatus.PAUSED, MailingStatus.FINISHED];

/**
 * Sending a mailing and steering it while it sends: the two-person rule, start (the audience resolved once into
 * deliveries), pause, resume, cancel, resending deliveries of unknown fate; progress and per-recipient results.
 * The deliveries themselves are sent by workers (DeliverySender).
 */
@Injectable()
export class MailingSendingService {
  private readonly logger = new Logger('Mailings');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly starter: MailingStarter,
    private readonly loaders: SendingLoaders,
  ) {}

  /** Sends now or at `scheduledAt`; above the two-person threshold it waits for a second coordinator. */
  async send(actor: SignedInUser, input: SendMailingInput): Promise<MailingEntity> {
    const { mailing, started } = await this.dataSource.transaction(async (manager) => {
      const mailing = await this.locked(manager, input.id);
      if (mailing.status !== MailingStatus.DRAFT) throw sendingError(SendingErrorCode.NOT_A_DRAFT, mailing.status);
      if (!mailing.audienceId) throw sendingError(SendingErrorCode.NO_AUDIENCE);
      const audience = await manager.findOne(AudienceEntity, { where: { id: mailing.audienceId } });
      if (!audience) throw sendingError(SendingErrorCode.AUDIENCE_DELETED);
      if (!(await manager.existsBy(MailingTranslationEntity, { mailingId: mailing.id, language: DEFAULT_LANGUAGE }))) {
        throw sendingError(SendingErrorCode.NO_ENGLISH);
      }
      const before = { ...mailing };
      mailing.sendRequestedById = actor.id;
      mailing.requestedRecipientCount = await this.starter.countRecipients(manager, mailing.listId, audience.rule);
      mailing.scheduledAt = input.scheduledAt ?? null;
      mailing.approvedById = null;
      mailing.approvedAt = null;
      let started = false;
      if (mailing.requestedRecipientCount > this.config.MAIL_TWO_PERSON_THRESHOLD) mailing.status = MailingStatus.AWAITING_APPROVAL;
      else started = await this.startOrSchedule(manager, mailing, audience);
      await manager.save(mailing);
      await this.record(manager, actor, 'mailing.send', before, mailing);
      return { mailing, started };
    });
    if (started) await this.enqueue(mailing.id);
    return mailing;
  }

  /** The second coordinator's approval of a mailing above the threshold; it then sends, or waits for its time. */
  async approve(actor: SignedInUser, id: string): Promise<MailingEntity> {
    const { mailing, started } = await this.dataSource.transaction(async (manager) => {
      const mailing = await this.locked(manager, id);
      if (mailing.status !== MailingStatus.AWAITING_APPROVAL) throw sendingError(SendingErrorCode.NOT_AWAITING_APPROVAL, mailing.status);
      if (mailing.sendRequestedById === actor.id) throw sendingError(SendingErrorCode.SAME_COORDINATOR);
      const before = { ...mailing };
      mailing.approvedById = actor.id;
      mailing.approvedAt = new Date();
      // The approval is of the request as made: its audience, even if someone deleted it meanwhile.
      const audience = await manager.findOne(AudienceEntity, { where: { id: mailing.audienceId! }, withDeleted: true });
      if (!audience) throw sendingError(SendingErrorCode.AUDIENCE_DELETED);
      const started = await this.startOrSchedule(manager, mailing, audience);
      await manager.save(mailing);
      await this.record(manager, actor, 'mailing.approve', before, mailing);
      return { mailing, started };
    });
    if (started) await this.enqueue(mailing.id);
    return mailing;
  }

  /** Stops new sends at once: workers check the state right before each group goes to SMTP. */
  async pause(actor: SignedInUser, id: string): Promise<MailingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const mailing = await this.locked(manager, id);
      if (mailing.status !== MailingStatus.SENDING) throw sendingError(SendingErrorCode.NOT_SENDING, mailing.status);
      const before = { ...mailing };
      mailing.status = MailingStatus.PAUSED;
      await manager.save(mailing);
      await this.record(manager, actor, 'mailing.pause', before, mailing);
      return mailing;
    });
  }

  async resume(actor: SignedInUser, id: string): Promise<MailingEntity> {
    const mailing = await this.dataSource.transaction(async (manager) => {
      const mailing = await this.locked(manager, id);
      if (mailing.status !== MailingStatus.PAUSED) throw sendingError(SendingErrorCode.NOT_PAUSED, mailing.status);
      const before = { ...mailing };
      mailing.status = MailingStatus.SENDING;
      await manager.save(mailing);
      await this.record(manager, actor, 'mailing.resume', before, mailing);
      return mailing;
    });
    await this.enqueue(mailing.id);
    return mailing;
  }

  /** What has not left is CANCELLED (deliveries a worker holds, by that worker); what SMTP already has finishes. */
  async cancel(actor: SignedInUser, id: string): Promise<MailingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const mailing = await this.locked(manager, id);
      if (!CANCELLABLE.includes(mailing.status)) throw sendingError(SendingErrorCode.NOT_CANCELLABLE, mailing.status);
      const before = { ...mailing };
      mailing.status = MailingStatus.CANCELLED;
      await manager.save(mailing);
      const { count } = await execute(
        manager,
        `UPDATE deliveries SET status = '${DeliveryStatus.CANCELLED}', updated_at = now() WHERE mailing_id = $1 AND status = '${DeliveryStatus.QUEUED}'`,
        [mailing.id],
      );
      await this.record(manager, actor, 'mailing.cancel', before, mailing, [{ field: 'cancelledDeliveries', from: null, to: count }]);
      return mailing;
    });
  }

  /** Queues again exactly the deliveries of unknown fate; a finished mailing sends again until they are done. */
  async resendUnknown(actor: SignedInUser, id: string): Promise<MailingEntity> {
    const mailing = await this.dataSource.transaction(async (manager) => {
      const mailing = await this.locked(manager, id);
      if (!RESENDABLE.includes(mailing.status)) throw sendingError(SendingErrorCode.NOT_RESENDABLE, mailing.status);
      const { count } = await execute(
        manager,
        `UPDATE deliveries SET status = '${DeliveryStatus.QUEUED}', claimed_by = NULL, next_attempt_at = NULL, updated_at = now()
          WHERE mailing_id = $1 AND status = '${DeliveryStatus.UNKNOWN}'`,
        [mailing.id],
      );
      if (count === 0) throw sendingError(SendingErrorCode.NO_UNKNOWN_DELIVERIES);
      const before = { ...mailing };
      if (mailing.status === MailingStatus.FINISHED) {
        mailing.status = MailingStatus.SENDING;
        mailing.finishedAt = null;
        await manager.save(mailing);
      }
      await this.record(manager, actor, 'mailing.resend_unknown', before, mailing, [{ field: 'unknownDeliveries', from: count, to: 0 }]);
      return mailing;
    });
    if (mailing.status === MailingStatus.SENDING) await this.enqueue(mailing.id);
    return mailing;
  }

  /** Deliveries by state; with the request's loaders, every mailing of a page is counted in one statement. */
  async progress(mailing: { id: string; trackingEnabled: boolean }, loaders?: RequestLoaders): Promise<MailingProgressModel> {
    const counts = loaders
      ? await loaders.of(this.loaders).deliveryCounts.load(mailing.id)
      : (await countDeliveries(this.dataSource, [mailing.id])).get(mailing.id)!;
    return toProgress(counts, mailing.trackingEnabled);
  }

  /** Per recipient, by address. */
  async deliveries(mailingId: string, { first, after, statuses, search }: DeliveriesArgs): Promise<Connection<DeliveryEntity>> {
    const query = this.dataSource.getRepository(DeliveryEntity).createQueryBuilder('delivery').where('delivery.mailingId = :mailingId', { mailingId });
    if (statuses?.length) query.andWhere('delivery.status IN (:...statuses)', { statuses });
    if (search?.trim()) query.andWhere(`delivery.email LIKE '%' || lower(:search) || '%'`, { search: escapeLike(search.trim()) });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [email] = decodeCursor(after, 1);
      query.andWhere('delivery.email > :email', { email });
    }
    const rows = await query.orderBy('delivery.email', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.email], (row) => row);
  }

  /** Starts now (true) or, when its time is still to come, schedules it for the workers' sweep. */
  private async startOrSchedule(manager: EntityManager, mailing: MailingEntity, audience: AudienceEntity): Promise<boolean> {
    if (mailing.scheduledAt && mailing.scheduledAt.getTime() > Date.now()) {
      mailing.status = MailingStatus.SCHEDULED;
      return false;
    }
    await this.starter.start(manager, mailing, audience.rule);
    return true;
  }

  /**
   * After the commit, in a round of its own: jobs for these buckets from earlier this minute may be held by a worker
   * that died. Should Redis be unreachable, the workers' sweep enqueues the same buckets within seconds.
   */
  private async enqueue(mailingId: string): Promise<void> {
    try {
      await this.starter.enqueueDue([mailingId], freshRound());
    } catch (error) {
      this.logger.warn({ err: error, mailingId }, 'could not enqueue deliveries now; the workers will pick them up');
    }
  }

  private async locked(manager: EntityManager, id: string): Promise<MailingEntity> {
    const mailing = await manager.findOne(MailingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!mailing) throw sendingError(SendingErrorCode.MAILING_NOT_FOUND);
    return mailing;
  }

  private record(
    manager: EntityManager,
    actor: SignedInUser,
    action: string,
    before: MailingEntity,
    after: MailingEntity,
    extra: { field: string; from: unknown; to: unknown }[] = [],
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      entityType: 'mailing',
      entityId: after.id,
      changes: [...this.audit.changesBetween(before, after, AUDITED), ...extra],
    });
  }
}

function toProgress({ byStatus, opened, clicked }: DeliveryCounts, tracking: boolean): MailingProgressModel {
  const count = (...statuses: DeliveryStatus[]) => statuses.reduce((sum, status) => sum + (byStatus.get(status) ?? 0), 0);
  return {
    total: count(...Object.values(DeliveryStatus)),
    queued: count(DeliveryStatus.QUEUED, DeliveryStatus.CLAIMED, DeliveryStatus.SENDING),
    sent: count(DeliveryStatus.SENT),
    failed: count(DeliveryStatus.FAILED),
    bounced: count(DeliveryStatus.BOUNCED),
    unknown: count(DeliveryStatus.UNKNOWN),
    suppressed: count(DeliveryStatus.SUPPRESSED),
    unsubscribed: count(DeliveryStatus.UNSUBSCRIBED),
    noConsent: count(DeliveryStatus.NO_CONSENT),
    cancelled: count(DeliveryStatus.CANCELLED),
    opened: tracking ? opened : null,
    clicked: tracking ? clicked : null,
  };
}
