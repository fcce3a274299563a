import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MembershipChangeFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../ui/formatDateTime';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';

/** Every membership status change, oldest first, as a dated timeline: "Prospect → Active member", the note. */
export function MembershipHistory({ changes }: { changes: readonly MembershipChangeFieldsFragment[] }) {
  const { t, i18n } = useTranslation('organisations');
  return (
    <Box component="ol" aria-label={t('page.history')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {changes.map((change, index) => {
        const to = t(`statuses.${change.toStatus}`);
        const from = change.fromStatus ? t(`statuses.${change.fromStatus}`) : null;
        const last = index === changes.length - 1;
        return (
          <Box
            component="li"
            key={change.id}
            sx={{
              position: 'relative',
              pl: 3,
              pb: last ? 0 : 2.5,
              // The line and dot of the timeline; decoration only.
              '&::before': {
                content: '""',
                position: 'absolute',
                left: 5,
                top: 6,
                bottom: last ? 'auto' : -6,
                height: last ? 0 : 'auto',
                borderLeft: 2,
                borderColor: 'divider',
              },
              '&::after': {
                content: '""',
                position: 'absolute',
                left: 0,
                top: 6,
                width: 12,
                height: 12,
                borderRadius: '50%',
                bgcolor: last ? 'primary.main' : 'background.paper',
                border: 2,
                borderColor: 'primary.main',
              },
            }}
          >
            <Typography variant="body2" color="text.secondary">
              <time dateTime={change.changedAt}>{formatDate(change.changedAt, i18n.language)}</time>
            </Typography>
            <Typography sx={{ fontWeight: 600 }}>
              {from ? (
                <>
                  <span aria-hidden="true">{t('page.historyChange', { from, to })}</span>
                  <VisuallyHidden>{t('page.historyChangeSpoken', { from, to })}</VisuallyHidden>
                </>
              ) : (
                t('page.historyAdded', { status: to })
              )}
            </Typography>
            {change.note ? (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>
                {change.note}
              </Typography>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
