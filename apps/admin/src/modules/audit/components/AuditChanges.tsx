import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';

type AuditFieldChange = AuditEventsQuery['auditEvents']['edges'][number]['node']['changes'][number];

/** "field: from → to" per changed field; the arrow is read out as words. */
export function AuditChanges({ changes }: { changes: readonly AuditFieldChange[] }) {
  const { t } = useTranslation('audit');
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('table.noChanges')}
      </Typography>
    );
  }
  const show = (value: string | null) =>
    value === null || value === '' ? (
      <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
        {t('table.emptyValue')}
      </Box>
    ) : (
      <Box component="span" sx={{ wordBreak: 'break-word' }}>
        {value}
      </Box>
    );
  return (
    <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
      {changes.map((change) => (
        <Typography component="li" variant="body2" key={change.field} sx={{ mb: 0.5 }}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {change.field}
          </Box>
          {': '}
          {show(change.from)}{' '}
          <span aria-hidden="true">→</span>
          <VisuallyHidden>{` ${t('table.changedTo')}`}</VisuallyHidden> {show(change.to)}
        </Typography>
      ))}
    </Box>
  );
}
