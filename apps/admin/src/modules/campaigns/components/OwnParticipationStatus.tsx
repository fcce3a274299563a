import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ParticipationRole } from '../../../gql/graphql';

/** Whether the representative's organisation takes part, and as what: said in words, with an icon when it does. */
export function OwnParticipationStatus({ role }: { role: ParticipationRole | null }) {
  const { t } = useTranslation('campaigns');
  if (!role) return <Typography color="text.secondary">{t('membership.notTakingPart')}</Typography>;
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <CheckCircleOutlined color="success" fontSize="small" aria-hidden />
      <Typography sx={{ fontWeight: 600 }}>{t('membership.takingPart', { role: t(`roles.${role}`) })}</Typography>
    </Stack>
  );
}
