import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { ContactsFilter } from '../../../gql/graphql';
import { contactsExportUrl } from '../csv/contactsCsvApi';

/** Coordinators and advocates: downloads the contacts the list shows (its filter, every page) as a CSV file. */
export function ExportContactsButton({ filter }: { filter: ContactsFilter }) {
  const { t } = useTranslation('contactImport');
  return (
    <Button component="a" href={contactsExportUrl(filter)} download="contacts.csv" variant="outlined" startIcon={<FileDownloadOutlined aria-hidden />}>
      {t('export.button')}
    </Button>
  );
}
