import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { MailingStatus } from '../../../gql/graphql';

const COLORS = {
  DRAFT: 'default',
  AWAITING_APPROVAL: 'warning',
  SCHEDULED: 'info',
  SENDING: 'primary',
  PAUSED: 'warning',
  FINISHED: 'success',
  CANCELLED: 'default',
} as const satisfies Record<MailingStatus, string>;

/** A mailing's status in words, coloured as a hint. */
export function MailingStatusChip({ status }: { status: MailingStatus }) {
  const { t } = useTranslation('mailings');
  const filled = status === 'SENDING' || status === 'FINISHED';
  return <Chip size="small" variant={filled ? 'filled' : 'outlined'} color={COLORS[status]} label={t(`statuses.${status}`)} />;
}
