import type { TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { InstitutionKind } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/FilterSelect';
import { INSTITUTION_KINDS } from '../institutionNames';

export interface InstitutionKindFilterProps {
  label: string;
  value: InstitutionKind | null;
  onChange: (kind: InstitutionKind | null) => void;
  sx?: TextFieldProps['sx'];
}

/** Narrows a list to one kind of institution (UN organs, permanent missions, ministries...). */
export function InstitutionKindFilter({ label, value, onChange, sx }: InstitutionKindFilterProps) {
  const { t } = useTranslation('institutions');
  return (
    <FilterSelect
      label={label}
      value={value}
      options={INSTITUTION_KINDS}
      optionLabel={(kind) => t(`kinds.${kind}`)}
      anyLabel={t('filters.allKinds')}
      onChange={onChange}
      sx={sx}
    />
  );
}
