import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { Link as RouterLink } from 'react-router';

export interface TaskLinkListProps<Task extends { id: string; title: string }> {
  tasks: readonly Task[];
  /** What to say under each title (due date, status...); empty parts are left out. */
  details: (task: Task) => ReadonlyArray<string | null>;
}

/** Tasks as a list of links to their pages, each with a line of details. */
export function TaskLinkList<Task extends { id: string; title: string }>({ tasks, details }: TaskLinkListProps<Task>) {
  return (
    <List disablePadding>
      {tasks.map((task) => (
        <ListItem key={task.id} disableGutters divider>
          <ListItemText
            primary={
              <Link component={RouterLink} to={`/tasks/${task.id}`} sx={{ fontWeight: 600 }}>
                {task.title}
              </Link>
            }
            secondary={details(task).filter(Boolean).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}
