import SaveOutlined from '@mui/icons-material/SaveOutlined';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../ui/FormTextField';
import type { AudienceGroup, RecordChoice } from '../audienceTree';
import { AudienceBuilder } from './audience/AudienceBuilder';
import { AudienceAutocomplete } from './MailingPickers';

export type AudienceMode = 'saved' | 'new';

/** The two ways to say who receives a mailing; each keeps what was entered while the other is chosen. */
export interface AudienceChoice {
  mode: AudienceMode;
  saved: RecordChoice | null;
  newName: string;
  tree: AudienceGroup;
}

export interface AudienceChooserProps {
  value: AudienceChoice;
  onChange: (value: AudienceChoice) => void;
  /** Coordinators save the audience being built, to use it again. */
  onSaveNew?: () => void;
  savingNew?: boolean;
  errors: { audienceId?: string; newName?: string };
}

const MODES: readonly AudienceMode[] = ['new', 'saved'];

/** A saved audience, or a new one built here and saved with a name (a mailing goes to a saved audience). */
export function AudienceChooser({ value, onChange, onSaveNew, savingNew, errors }: AudienceChooserProps) {
  const { t } = useTranslation('mailings');
  const labelId = useId();
  const change = (changes: Partial<AudienceChoice>) => onChange({ ...value, ...changes });
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id={labelId}>{t('composer.audienceMode')}</FormLabel>
        <RadioGroup
          aria-labelledby={labelId}
          value={value.mode}
          onChange={(event) => change({ mode: event.target.value as AudienceMode })}
        >
          {MODES.map((mode) => (
            <FormControlLabel key={mode} value={mode} control={<Radio />} label={t(`composer.audienceModes.${mode}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      {value.mode === 'saved' ? (
        <AudienceAutocomplete
          label={t('composer.savedAudience')}
          required
          value={value.saved}
          onChange={(saved) => change({ saved })}
          error={errors.audienceId}
        />
      ) : null}
      {value.mode === 'new' ? (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
            <FormTextField
              label={t('composer.newAudienceName')}
              required
              value={value.newName}
              onChange={(newName) => change({ newName })}
              error={errors.newName}
              helperText={t('composer.newAudienceNameHelp')}
              sx={{ flex: 1 }}
            />
            {onSaveNew ? (
              <Button variant="outlined" startIcon={<SaveOutlined aria-hidden />} onClick={onSaveNew} loading={savingNew} sx={{ mt: { sm: 1 } }}>
                {t('composer.saveAudience')}
              </Button>
            ) : null}
          </Stack>
          <AudienceBuilder value={value.tree} onChange={(tree) => change({ tree })} />
        </>
      ) : null}
    </Stack>
  );
}
