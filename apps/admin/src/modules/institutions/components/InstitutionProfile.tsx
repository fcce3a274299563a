import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { InstitutionFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { countryName } from '../../countries/countryName';
import { InstitutionLink } from './InstitutionLink';

/** The institution's facts as labelled values, with its parent as a link. */
export function InstitutionProfile({ institution }: { institution: InstitutionFieldsFragment }) {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  return (
    <DetailList
      details={[
        { label: t('page.name'), value: institution.name },
        { label: t('page.nameFr'), value: institution.nameFr },
        { label: t('page.acronym'), value: institution.acronym },
        { label: t('page.kind'), value: t(`kinds.${institution.kind}`) },
        { label: t('page.parent'), value: institution.parent ? <InstitutionLink institution={institution.parent} /> : null },
        { label: t('page.country'), value: institution.country ? countryName(institution.country, language) : null },
        {
          label: t('page.website'),
          value: institution.website ? (
            <Link href={institution.website} target="_blank" rel="noopener noreferrer">
              {institution.website}
            </Link>
          ) : null,
        },
      ]}
    />
  );
}
