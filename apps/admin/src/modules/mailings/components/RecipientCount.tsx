import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { AudienceCountQuery, AudienceRuleInput } from '../../../gql/graphql';
import { useAudienceCount } from '../hooks/useAudienceCount';
import { formatCount } from '../mailingOptions';

export interface RecipientCountProps {
  listId: string | null;
  /** Null while the audience is incomplete. */
  rule: AudienceRuleInput | null;
}

/** The count in words: "Will reach 1,234 people; 56 excluded: 12 suppressed, 30 unsubscribed, 14 without consent." */
export function useRecipientCountText(): (count: AudienceCountQuery['audienceCount']) => string {
  const { t, i18n } = useTranslation('mailings');
  const language = currentLanguage(i18n);
  const n = (value: number) => formatCount(value, language);
  return (count) => {
    const reach = t('count.reach', { count: count.recipients, people: n(count.recipients) });
    const excluded = count.suppressed + count.unsubscribed + count.noConsent;
    if (excluded === 0) return t('count.noneExcluded', { reach });
    return t('count.excluded', {
      reach,
      excluded: n(excluded),
      suppressed: n(count.suppressed),
      unsubscribed: n(count.unsubscribed),
      noConsent: n(count.noConsent),
    });
  };
}

/** The live count of who a mailing would reach, announced politely as it changes. */
export function RecipientCount({ listId, rule }: RecipientCountProps) {
  const { t } = useTranslation('mailings');
  const { count, counting, error } = useAudienceCount(listId, rule);
  const describe = useRecipientCountText();

  let text: string;
  if (!listId) text = t('count.chooseList');
  else if (!rule) text = t('count.incomplete');
  else if (error) text = t('count.failed', { reason: error });
  else if (count) text = describe(count);
  else text = t('count.counting');

  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <GroupsOutlined color="primary" aria-hidden />
        <Box role="status" sx={{ flex: 1 }}>
          <Typography sx={{ fontWeight: count && listId && rule ? 600 : 400 }}>{text}</Typography>
        </Box>
        {counting && listId && rule ? <CircularProgress size={20} aria-label={t('count.counting')} /> : null}
      </Stack>
    </Paper>
  );
}
