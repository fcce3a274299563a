import { GraphQLError } from 'graphql';
import { badUserInput, forbidden, notFound } from '../core/graphql/errors';

export enum TasksErrorCode {
  TASK_NOT_FOUND = 'TASK_NOT_FOUND',
  DUE_IN_THE_PAST = 'DUE_IN_THE_PAST',
  TWO_ASSIGNEES = 'TWO_ASSIGNEES',
  UNKNOWN_ASSIGNEE_USER = 'UNKNOWN_ASSIGNEE_USER',
  UNKNOWN_ASSIGNEE_ORGANISATION = 'UNKNOWN_ASSIGNEE_ORGANISATION',
  UNKNOWN_CAMPAIGN = 'UNKNOWN_CAMPAIGN',
  NOT_YOUR_TASK = 'NOT_YOUR_TASK',
}

export function tasksError(code: TasksErrorCode): GraphQLError {
  switch (code) {
    case TasksErrorCode.TASK_NOT_FOUND:
      return notFound('The task');
    case TasksErrorCode.DUE_IN_THE_PAST:
      return badUserInput({ field: 'dueDate', message: 'must not be before today' });
    case TasksErrorCode.TWO_ASSIGNEES:
      return badUserInput({ field: 'assigneeOrganisationId', message: 'assign the task to a user or to an organisation, not both' });
    case TasksErrorCode.UNKNOWN_ASSIGNEE_USER:
      return badUserInput({ field: 'assigneeUserId', message: 'is not a user of the CRM' });
    case TasksErrorCode.UNKNOWN_ASSIGNEE_ORGANISATION:
      return badUserInput({ field: 'assigneeOrganisationId', message: 'is not an organisation in the directory' });
    case TasksErrorCode.UNKNOWN_CAMPAIGN:
      return badUserInput({ field: 'campaignId', message: 'is not a campaign' });
    case TasksErrorCode.NOT_YOUR_TASK:
      return forbidden("Member representatives can work only on their own organisation's tasks.");
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped tasks error ${String(unhandled)}`);
    }
  }
}
