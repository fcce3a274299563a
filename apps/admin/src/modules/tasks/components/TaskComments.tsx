import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage } from '../../../app/i18n';
import type { TaskCommentFieldsFragment, TaskDetailFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/formatDateTime';
import { FormTextField } from '../../../ui/FormTextField';
import { RecordSection } from '../../../ui/RecordSection';
import { SubmitButton } from '../../../ui/SubmitButton';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ADD_TASK_COMMENT_MUTATION } from '../graphql/add-task-comment.mutation';
import { TASK_QUERY } from '../graphql/task.query';
import { mayWorkOnTask } from '../taskPermissions';

const FIELDS = ['body'] as const;

/** A task's comments thread, oldest first, with the form to add one for those who work on the task. */
export function TaskComments({ task }: { task: TaskDetailFieldsFragment }) {
  const { t, i18n } = useTranslation('tasks');
  const language = currentLanguage(i18n);
  const me = useCurrentUser();
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const [addComment, { loading }] = useMutation(ADD_TASK_COMMENT_MUTATION, {
    // The thread is part of the task's page: add the new comment to it.
    update(cache, { data }) {
      const comment = data?.addTaskComment;
      if (!comment) return;
      cache.updateQuery({ query: TASK_QUERY, variables: { id: task.id } }, (current) =>
        current?.task ? { ...current, task: { ...current.task, comments: [...current.task.comments, comment] } } : undefined,
      );
    },
  });

  // "You" for the reader's own comments; an author the API no longer shows is said so.
  function authorName(comment: TaskCommentFieldsFragment): string {
    if (comment.authorId && comment.authorId === me.id) return t('comments.you');
    return comment.author?.name ?? t('comments.unknownAuthor');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = body.trim();
    setMissing(!text);
    if (!text) {
      clear();
      return;
    }
    const problem = await attempt(() => addComment({ variables: { input: { taskId: task.id, body: text } } }));
    if (problem === null) setBody('');
  }

  return (
    <RecordSection title={t('comments.title')}>
      {task.comments.length === 0 ? (
        <Typography sx={{ color: 'text.secondary', mb: 2 }}>{t('comments.empty')}</Typography>
      ) : (
        <Stack component="ol" aria-label={t('comments.title')} spacing={2} sx={{ m: 0, mb: 3, p: 0, listStyle: 'none' }}>
          {task.comments.map((comment) => (
            <Box component="li" key={comment.id} sx={{ borderLeft: 3, borderColor: 'divider', pl: 2 }}>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                <Box component="span" sx={{ fontWeight: 600, color: 'text.primary' }}>
                  {authorName(comment)}
                </Box>
                {' · '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{comment.body}</Typography>
            </Box>
          ))}
        </Stack>
      )}
      {mayWorkOnTask(me, task) ? (
        <Box component="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('comments.formLabel')}>
          <ErrorAlert message={alert} />
          <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
            <FormTextField
              label={t('comments.body')}
              multiline
              minRows={2}
              fullWidth
              required
              value={body}
              onChange={(value) => {
                setBody(value);
                if (value.trim()) setMissing(false);
              }}
              error={missing ? t('comments.bodyRequired') : fieldErrors.body}
            />
            <SubmitButton label={t('comments.submit')} submittingLabel={t('comments.submitting')} submitting={loading} />
          </Stack>
        </Box>
      ) : null}
    </RecordSection>
  );
}
