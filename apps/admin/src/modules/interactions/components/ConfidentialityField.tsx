import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Confidentiality } from '../../../gql/graphql';
import { FormFieldset } from '../../../ui/FormFieldset';
import { CONFIDENTIALITY_LEVELS } from '../interactionOptions';

export interface ConfidentialityFieldProps {
  value: Confidentiality;
  onChange: (value: Confidentiality) => void;
  error?: string;
}

/** Who may read an interaction, each level with what it means; arrow keys move between them. */
export function ConfidentialityField({ value, onChange, error }: ConfidentialityFieldProps) {
  const { t } = useTranslation('interactions');
  const name = useId();
  return (
    <FormFieldset legend={t('form.confidentiality')}>
      <RadioGroup name={name} value={value} onChange={(_event, level) => onChange(level as Confidentiality)}>
        <Stack spacing={0.5}>
          {CONFIDENTIALITY_LEVELS.map((level) => (
            <FormControlLabel
              key={level}
              value={level}
              control={<Radio />}
              label={
                <>
                  <Typography component="span" sx={{ fontWeight: 600 }}>
                    {t(`confidentiality.${level}`)}
                  </Typography>
                  <Typography component="span" color="text.secondary">
                    {` — ${t(`confidentialityHelp.${level}`)}`}
                  </Typography>
                </>
              }
            />
          ))}
        </Stack>
      </RadioGroup>
      {error ? <FormHelperText error>{error}</FormHelperText> : null}
    </FormFieldset>
  );
}
