import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Priority, Role, TaskStatus } from '@alliance/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { TaskCommentEntity, TaskEntity } from './task.entity';
import { tasksError, TasksErrorCode } from './tasks.errors';
import { AddTaskCommentInput, CreateTaskInput, TaskFieldsInput, TasksArgs, TasksFilter, UpdateTaskInput } from './tasks.inputs';

const FIELDS = ['title', 'description', 'campaignId', 'assigneeUserId', 'assigneeOrganisationId', 'dueDate', 'priority', 'status'] as const;
const STAFF_FIELDS = ['title', 'description', 'assigneeUserId', 'assigneeOrganisationId', 'dueDate', 'priority', 'status'] as const;

/** The list filter, the same for a board, a calendar and "my tasks". */
function filtered(query: SelectQueryBuilder<TaskEntity>, filter: TasksFilter | undefined): SelectQueryBuilder<TaskEntity> {
  if (filter?.campaignId) query.andWhere('task.campaignId = :campaignId', { campaignId: filter.campaignId });
  if (filter?.statuses?.length) query.andWhere('task.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter?.dueFrom) query.andWhere('task.dueDate >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter?.dueTo) query.andWhere('task.dueDate <= :dueTo', { dueTo: filter.dueTo });
  return query;
}

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Tasks the viewer may see (a member representative: their organisation's), soonest due first. */
  list(viewer: SignedInUser, args: TasksArgs): Promise<Connection<TaskEntity>> {
    return this.page(filtered(this.visible(viewer), args.filter), args);
  }

  /** "My tasks": assigned to the user, or for a member representative to their organisation. */
  mine(viewer: SignedInUser, args: TasksArgs): Promise<Connection<TaskEntity>> {
    const query = this.dataSource.getRepository(TaskEntity).createQueryBuilder('task');
    if (viewer.role === Role.MEMBER) query.where('task.assigneeOrganisationId = :organisationId', { organisationId: viewer.organisationId });
    else query.where('task.assigneeUserId = :userId', { userId: viewer.id });
    return this.page(filtered(query, args.filter), args);
  }

  async create(actor: SignedInUser, input: CreateTaskInput): Promise<TaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.check(manager, input, null);
      if (input.campaignId && !(await manager.existsBy(CampaignEntity, { id: input.campaignId }))) throw tasksError(TasksErrorCode.UNKNOWN_CAMPAIGN);
      const task = manager.create(TaskEntity, {
        title: input.title,
        description: input.description ?? null,
        campaignId: input.campaignId ?? null,
        assigneeUserId: input.assigneeUserId ?? null,
        assigneeOrganisationId: input.assigneeOrganisationId ?? null,
        dueDate: input.dueDate ?? null,
        priority: input.priority ?? Priority.MEDIUM,
        status: input.status ?? TaskStatus.TODO,
        createdById: actor.id,
        completedAt: input.status === TaskStatus.DONE ? new Date() : null,
      });
      await manager.save(task);
      await this.audit.record(manager, { actorId: actor.id, action: 'task.create', entityType: 'task', entityId: task.id, changes: this.audit.changesBetween(null, task, FIELDS) });
      return task;
    });
  }

  /** Staff change anything; a member representative moves their organisation's tasks along (status only). */
  async update(actor: SignedInUser, input: UpdateTaskInput): Promise<TaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const task = await manager.findOne(TaskEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw tasksError(TasksErrorCode.TASK_NOT_FOUND);
      const editable = actor.role === Role.MEMBER ? (['status'] as const) : STAFF_FIELDS;
      if (actor.role === Role.MEMBER && task.assigneeOrganisationId !== actor.organisationId) throw tasksError(TasksErrorCode.NOT_YOUR_TASK);
      await this.check(manager, input, task);
      const before = { ...task };
      for (const field of editable) {
        const value = input[field];
        if (value !== undefined) Object.assign(task, { [field]: value });
      }
      if (task.status !== before.status) task.completedAt = task.status === TaskStatus.DONE ? new Date() : null;
      await manager.save(task);
      await this.audit.record(manager, { actorId: actor.id, action: 'task.update', entityType: 'task', entityId: task.id, changes: this.audit.changesBetween(before, task, FIELDS) });
      return task;
    });
  }

  async comment(actor: SignedInUser, input: AddTaskCommentInput): Promise<TaskCommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const task = await manager.findOneBy(TaskEntity, { id: input.taskId });
      if (!task) throw tasksError(TasksErrorCode.TASK_NOT_FOUND);
      if (actor.role === Role.MEMBER && task.assigneeOrganisationId !== actor.organisationId) throw tasksError(TasksErrorCode.NOT_YOUR_TASK);
      const comment = manager.create(TaskCommentEntity, { taskId: task.id, authorId: actor.id, body: input.body });
      await manager.save(comment);
      await this.audit.record(manager, { actorId: actor.id, action: 'task.comment', entityType: 'task', entityId: task.id, changes: [{ field: 'comment', from: null, to: comment.id }] });
      return comment;
    });
  }

  async mayView(viewer: SignedInUser, task: TaskEntity): Promise<boolean> {
    return viewer.role !== Role.MEMBER || task.assigneeOrganisationId === viewer.organisationId;
  }

  private visible(viewer: SignedInUser): SelectQueryBuilder<TaskEntity> {
    const query = this.dataSource.getRepository(TaskEntity).createQueryBuilder('task');
    if (viewer.role === Role.MEMBER) query.where('task.assigneeOrganisationId = :organisationId', { organisationId: viewer.organisationId });
    return query;
  }

  /** Soonest due first (undated last), then oldest. */
  private async page(query: SelectQueryBuilder<TaskEntity>, { first, after }: TasksArgs): Promise<Connection<TaskEntity>> {
    const key = "coalesce(task.dueDate, DATE '9999-12-31')::text";
    const totalCount = await query.clone().getCount();
    if (after) {
      const [due, id] = decodeCursor(after, 2);
      query.andWhere(`(${key}, task.id) > (:due, :id)`, { due, id });
    }
    const rows = await query.orderBy(key, 'ASC').addOrderBy('task.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.dueDate ?? '9999-12-31', row.id], (row) => row);
  }

  private async check(manager: EntityManager, input: TaskFieldsInput, current: TaskEntity | null): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    if (input.dueDate && input.dueDate < today && input.dueDate !== current?.dueDate) throw tasksError(TasksErrorCode.DUE_IN_THE_PAST);
    const userId = input.assigneeUserId !== undefined ? input.assigneeUserId : current?.assigneeUserId;
    const organisationId = input.assigneeOrganisationId !== undefined ? input.assigneeOrganisationId : current?.assigneeOrganisationId;
    if (userId && organisationId) throw tasksError(TasksErrorCode.TWO_ASSIGNEES);
    if (input.assigneeUserId && !(await manager.existsBy(UserEntity, { id: input.assigneeUserId }))) throw tasksError(TasksErrorCode.UNKNOWN_ASSIGNEE_USER);
    if (input.assigneeOrganisationId && !(await manager.existsBy(OrganisationEntity, { id: input.assigneeOrganisationId }))) {
      throw tasksError(TasksErrorCode.UNKNOWN_ASSIGNEE_ORGANISATION);
    }
  }
}
