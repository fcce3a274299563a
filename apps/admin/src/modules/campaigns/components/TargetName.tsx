import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { CampaignTargetFieldsFragment } from '../../../gql/graphql';
import { InstitutionLink } from '../../institutions/components/InstitutionLink';
import { institutionName } from '../../institutions/institutionNames';
import { contactName } from '../../relationships/components/ContactAutocomplete';

type NamedTarget = Pick<CampaignTargetFieldsFragment, 'contact' | 'institution' | 'institutionId'>;

/** A target's name in words: the policymaker's, or the institution's in the reader's language. */
export function useTargetName(): (target: NamedTarget) => string {
  const { t, i18n } = useTranslation('campaigns');
  const language = currentLanguage(i18n);
  return (target) => {
    if (target.contact) return contactName(target.contact);
    if (target.institution) return institutionName(target.institution, language);
    return t('targets.deletedRecord');
  };
}

/** A target linked to its page, with what it is (a policymaker or an institution) under it. */
export function TargetName({ target }: { target: NamedTarget }) {
  const { t } = useTranslation('campaigns');
  const name = useTargetName();
  return (
    <>
      {target.contact ? (
        <Link component={RouterLink} to={`/contacts/${target.contact.id}`} sx={{ fontWeight: 600 }}>
          {name(target)}
        </Link>
      ) : target.institution ? (
        <InstitutionLink institution={target.institution} />
      ) : (
        name(target)
      )}
      <Typography variant="body2" color="text.secondary">
        {target.institutionId ? t('targets.institution') : t('targets.policymaker')}
      </Typography>
    </>
  );
}
