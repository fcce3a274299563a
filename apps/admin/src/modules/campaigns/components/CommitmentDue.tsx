import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../ui/formatDateTime';

/** When a commitment is due; an overdue one stands out with an icon and says so in words. */
export function CommitmentDue({ dueDate, isOverdue }: { dueDate: string | null; isOverdue: boolean }) {
  const { t, i18n } = useTranslation('campaigns');
  const date = dueDate ? <time dateTime={dueDate}>{formatDate(dueDate, currentLanguage(i18n))}</time> : t('commitments.noDueDate');
  if (!isOverdue) return <>{date}</>;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <span>{date}</span>
      <Chip size="small" color="error" variant="outlined" icon={<ErrorOutlineOutlined aria-hidden />} label={t('commitments.overdue')} />
    </Stack>
  );
}
