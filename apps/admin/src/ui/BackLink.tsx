import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

/** The way up from a record to its list, above the page heading. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link
      component={RouterLink}
      to={to}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1.5, fontWeight: 600 }}
    >
      <ArrowBackOutlined fontSize="small" aria-hidden />
      {label}
    </Link>
  );
}
