import { defineJob } from '../core/queue/job-definition';

/** Emails every assignee the tasks due today or overdue; `day` defaults to today (UTC). */
export const SEND_TASK_DIGESTS = defineJob<{ day?: string }>('tasks.daily-digest');

/** Every day at 06:00 UTC. */
export const TASK_DIGEST_CRON = '0 6 * * *';
