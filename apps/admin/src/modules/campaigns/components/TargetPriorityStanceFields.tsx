import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Priority, Stance } from '../../../gql/graphql';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { PRIORITIES, STANCES } from '../campaignOptions';

export interface TargetPriorityStanceFieldsProps {
  priority: Priority;
  onPriorityChange: (priority: Priority) => void;
  stance: Stance;
  onStanceChange: (stance: Stance) => void;
  errors: { priority?: string; stance?: string };
  stanceHelp?: string;
}

/** A target's priority and stance side by side, as adding and editing a target both ask them. */
export function TargetPriorityStanceFields({ priority, onPriorityChange, stance, onStanceChange, errors, stanceHelp }: TargetPriorityStanceFieldsProps) {
  const { t } = useTranslation('campaigns');
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <OptionSelectField
        label={t('targetDialog.priority')}
        value={priority}
        options={PRIORITIES}
        optionLabel={(option) => t(`priorities.${option}`)}
        onChange={onPriorityChange}
        error={errors.priority}
        sx={{ flex: 1 }}
      />
      <OptionSelectField
        label={t('targetDialog.stance')}
        value={stance}
        options={STANCES}
        optionLabel={(option) => t(`stances.${option}`)}
        onChange={onStanceChange}
        error={errors.stance}
        helperText={stanceHelp}
        sx={{ flex: 1 }}
      />
    </Stack>
  );
}
