import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { OrganisationFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { LabelChips } from '../../../ui/LabelChips';
import { languageName } from '../../../ui/languageNames';
import { countryName } from '../../countries/countryName';

/** The organisation's profile as labelled facts. */
export function OrganisationProfile({ organisation }: { organisation: OrganisationFieldsFragment }) {
  const { t, i18n } = useTranslation('organisations');
  const language = currentLanguage(i18n);
  return (
    <DetailList
      details={[
        { label: t('page.acronym'), value: organisation.acronym },
        { label: t('page.type'), value: t(`types.${organisation.type}`) },
        { label: t('page.country'), value: organisation.country ? countryName(organisation.country, language) : null },
        { label: t('page.city'), value: organisation.city },
        {
          label: t('page.website'),
          value: organisation.website ? (
            <Link href={organisation.website} target="_blank" rel="noopener noreferrer">
              {organisation.website}
            </Link>
          ) : null,
        },
        {
          label: t('page.languages'),
          value: organisation.languages.map((code) => languageName(code, language)).join(', '),
        },
        { label: t('page.focusAreas'), value: organisation.focusAreas.length ? <LabelChips labels={organisation.focusAreas} /> : null },
        { label: t('page.tags'), value: organisation.tags.length ? <LabelChips labels={organisation.tags} /> : null },
        {
          label: t('page.description'),
          value: organisation.description ? (
            <Typography component="span" sx={{ whiteSpace: 'pre-line' }}>
              {organisation.description}
            </Typography>
          ) : null,
        },
      ]}
    />
  );
}
