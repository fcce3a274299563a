import type { SvgIconComponent } from '@mui/icons-material';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { StatusMessage } from './StatusMessage';

export interface DeadEndMessageProps {
  icon: SvgIconComponent;
  title: string;
  body: string;
}

/** A page that leads nowhere (no access, not found): says why, and offers the way back to the dashboard. */
export function DeadEndMessage({ icon: Icon, title, body }: DeadEndMessageProps) {
  const { t } = useTranslation('common');
  return (
    <StatusMessage
      icon={<Icon color="action" fontSize="large" aria-hidden />}
      title={title}
      body={body}
      action={
        <Button component={RouterLink} to="/" variant="outlined">
          {t('actions.backToDashboard')}
        </Button>
      }
    />
  );
}
