import KeyboardDoubleArrowUpOutlined from '@mui/icons-material/KeyboardDoubleArrowUpOutlined';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../gql/graphql';

/** A task's priority in words ("High priority"); a high one also has an icon and a stronger outline. */
export function TaskPriorityChip({ priority }: { priority: Priority }) {
  const { t } = useTranslation('tasks');
  const high = priority === 'HIGH';
  return (
    <Chip
      size="small"
      variant="outlined"
      color={high ? 'warning' : 'default'}
      icon={high ? <KeyboardDoubleArrowUpOutlined aria-hidden /> : undefined}
      label={t(`priorityLabels.${priority}`)}
      sx={high ? { fontWeight: 600 } : undefined}
    />
  );
}
