import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';

export interface LinkedName {
  id: string;
  to: string;
  label: string;
}

/** Records named in a line (the people met, the institutions), each a link to its page; nothing when there are none. */
export function LinkedNames({ links }: { links: readonly LinkedName[] }) {
  if (links.length === 0) return null;
  return (
    <Stack component="ul" direction="row" sx={{ m: 0, p: 0, listStyle: 'none', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
      {links.map((link) => (
        <li key={link.id}>
          <Link component={RouterLink} to={link.to} sx={{ fontWeight: 600 }}>
            {link.label}
          </Link>
        </li>
      ))}
    </Stack>
  );
}
