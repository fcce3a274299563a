import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { HandlesJob, JobHandler } from '../../core/queue/job-handler.decorator';
import { QueueService } from '../../core/queue/queue.service';
import { SEND_TASK_DIGESTS, TASK_DIGEST_CRON } from '../tasks.jobs';
import { DigestTask, taskDigestMail } from './task-digest.mail';

interface DueRow {
  user_id: string;
  email: string;
  name: string;
  language: Language;
  title: string;
  due_date: string;
}

/**
 * Who gets which tasks: open tasks due on the day or before, for the assigned user, or for every
 * active representative of the assigned organisation.
 */
const DUE_TASKS_SQL = `
  SELECT u.id AS user_id, u.email, u.name, u.language, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due_date
    FROM tasks t
    JOIN users u ON (u.id = t.assignee_user_id OR (t.assignee_organisation_id IS NOT NULL AND u.organisation_id = t.assignee_organisation_id AND u.role = 'MEMBER'))
   WHERE t.deleted_at IS NULL AND t.status <> 'DONE' AND t.due_date <= $1::date AND u.status = 'ACTIVE'
   ORDER BY u.id, t.due_date, t.title`;

/**
 * The daily digest. Idempotent: a (user, day) row is claimed and the mail queued in one transaction
 * (through the outbox), so running the job twice sends one digest per person per day, and a failure
 * between the two leaves neither: the retry sends it.
 */
@Injectable()
@HandlesJob(SEND_TASK_DIGESTS)
export class TaskDigestHandler implements JobHandler<{ day?: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async handle({ day }: { day?: string }): Promise<void> {
    const date = day ?? new Date().toISOString().slice(0, 10);
    const rows: DueRow[] = await this.dataSource.query(DUE_TASKS_SQL, [date]);
    const byUser = new Map<string, DueRow[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    for (const [userId, tasks] of byUser) {
      await this.dataSource.transaction(async (manager) => {
        const claimed: unknown[] = await manager.query(
          'INSERT INTO task_digests (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id',
          [userId, date],
        );
        if (!claimed.length) return;
        const [first] = tasks;
        const list: DigestTask[] = tasks.map((task) => ({ title: task.title, dueDate: task.due_date, overdue: task.due_date < date }));
        await this.mail.enqueueInTransaction(
          manager,
          taskDigestMail({ email: first.email, name: first.name, language: first.language }, list, `${this.config.PUBLIC_URL}/tasks`),
        );
      });
    }
  }
}

/** Registers the daily schedule once the worker runs (Bull keeps one schedule however many workers start). */
@Injectable()
export class TaskDigestSchedule implements OnApplicationBootstrap {
  constructor(private readonly queue: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.add(SEND_TASK_DIGESTS, {}, { repeatCron: TASK_DIGEST_CRON, jobId: 'tasks-daily-digest' });
  }
}
