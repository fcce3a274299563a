import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../gql/graphql';

/** Draft (staff only) or published. */
export function DocumentStatusChip({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation('documents');
  return <Chip size="small" variant="outlined" color={status === 'PUBLISHED' ? 'success' : 'default'} label={t(`statuses.${status}`)} />;
}
