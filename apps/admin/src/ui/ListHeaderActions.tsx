import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';

export interface ListHeaderLink {
  to: string;
  label: string;
}

export interface ListHeaderActionsProps {
  /** Coordinators: the records deleted lately, to restore. */
  deleted?: ListHeaderLink;
  /** Those who may add: the form for a new record. */
  create?: ListHeaderLink;
}

/** The actions of a directory list's heading: its deleted records, and a new one. */
export function ListHeaderActions({ deleted, create }: ListHeaderActionsProps) {
  if (!deleted && !create) return null;
  return (
    <Stack direction="row" spacing={1.5}>
      {deleted ? (
        <Button component={RouterLink} to={deleted.to} variant="outlined">
          {deleted.label}
        </Button>
      ) : null}
      {create ? (
        <Button component={RouterLink} to={create.to} variant="contained" startIcon={<AddOutlined aria-hidden />}>
          {create.label}
        </Button>
      ) : null}
    </Stack>
  );
}
