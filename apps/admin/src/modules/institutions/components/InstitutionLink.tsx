import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { institutionName, institutionPath, type NamedInstitution } from '../institutionNames';

/** A link to an institution's page, named in the admin's language. */
export function InstitutionLink({ institution }: { institution: NamedInstitution & { id: string } }) {
  const { i18n } = useTranslation();
  return (
    <Link component={RouterLink} to={institutionPath(institution.id)} sx={{ fontWeight: 600 }}>
      {institutionName(institution, currentLanguage(i18n))}
    </Link>
  );
}
