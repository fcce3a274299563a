import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

export interface RecordLink {
  key: string;
  to: string;
  label: string;
  /** A line under the link (e.g. the person's title there). */
  detail: string;
}

export interface RecordLinkListProps {
  links: readonly RecordLink[];
  /** Said when there is no link: what to do to add the first. */
  emptyText: string;
}

/** Records linked to the one shown (an organisation's people, a contact's organisations), each a link. */
export function RecordLinkList({ links, emptyText }: RecordLinkListProps) {
  if (links.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    <List disablePadding>
      {links.map((link) => (
        <ListItem key={link.key} disableGutters divider>
          <ListItemText
            primary={
              <Link component={RouterLink} to={link.to} sx={{ fontWeight: 600 }}>
                {link.label}
              </Link>
            }
            secondary={link.detail}
          />
        </ListItem>
      ))}
    </List>
  );
}
