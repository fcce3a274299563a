import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { ContactsQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { countryName } from '../../countries/countryName';
import { organisationLabel } from '../../organisations/components/OrganisationAutocomplete';

export type ContactRow = ContactsQuery['contacts']['edges'][number]['node'];

export interface ContactsTableProps {
  contacts: readonly ContactRow[];
  emptyMessage: string;
}

export function ContactsTable({ contacts, emptyMessage }: ContactsTableProps) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const language = currentLanguage(i18n);
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.lastName')}</TableCell>
          <TableCell>{t('table.firstName')}</TableCell>
          <TableCell>{t('table.country')}</TableCell>
          <TableCell>{t('table.organisations')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {contacts.length === 0 ? (
          <EmptyTableRow columns={4} message={emptyMessage} />
        ) : (
          contacts.map((contact) => {
            const organisations = contact.affiliations.flatMap((affiliation) =>
              affiliation.organisation ? [organisationLabel(affiliation.organisation)] : [],
            );
            return (
              <TableRow key={contact.id} hover>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/contacts/${contact.id}`} sx={{ fontWeight: 600 }}>
                    {contact.lastName}
                  </Link>
                </TableCell>
                <TableCell>{contact.firstName}</TableCell>
                <TableCell>{contact.country ? countryName(contact.country, language) : t('common:emptyValue')}</TableCell>
                <TableCell>{organisations.length ? organisations.join(', ') : t('common:emptyValue')}</TableCell>
              </TableRow>
            );
          })
        )}
      </TableBody>
    </Table>
  );
}
