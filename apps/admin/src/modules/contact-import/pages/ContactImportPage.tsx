import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { ColumnMappingTable } from '../components/ColumnMappingTable';
import { ImportReportView } from '../components/ImportReportView';
import {
  DUPLICATE_EMAIL_ACTIONS,
  importContacts,
  ImportRefused,
  type DuplicateEmailAction,
  type ImportReport,
} from '../csv/contactsCsvApi';
import { fieldsFedTwice, guessMapping, mappingForApi, REQUIRED_FIELDS, type ColumnMapping } from '../csv/importFields';
import { readCsvHeader } from '../csv/readCsvHeader';

interface ChosenFile {
  file: File;
  columns: string[];
}

/** A report, and the choices it was made with: a report for other choices says nothing about these. */
interface Outcome {
  report: ImportReport;
  key: string;
}

const visuallyHiddenInput = {
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  height: 1,
  overflow: 'hidden',
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: 1,
} as const;

/**
 * Coordinators and advocates: contacts from a CSV file. The file is read here only for its header; the API checks
 * every row (dry run) and imports only a file without problems, all or nothing.
 */
export function ContactImportPage() {
  const { t } = useTranslation(['contactImport', 'errors']);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [onDuplicateEmail, setOnDuplicateEmail] = useState<DuplicateEmailAction>('UPDATE');
  const [checked, setChecked] = useState<Outcome | null>(null);
  const [imported, setImported] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  const key = chosen ? JSON.stringify([chosen.file.name, chosen.file.size, chosen.file.lastModified, mapping, onDuplicateEmail]) : '';
  const report = checked && checked.key === key ? checked.report : null;
  const doubled = fieldsFedTwice(mapping);
  const mapped = new Set(Object.values(mapping));
  const missing = REQUIRED_FIELDS.filter((field) => !mapped.has(field));
  const mayCheck = chosen !== null && chosen.columns.length > 0 && doubled.length === 0 && missing.length === 0;
  const mayImport = report !== null && report.problemCount === 0 && !imported;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setAlert(null);
    setChecked(null);
    setImported(null);
    const columns = await readCsvHeader(file);
    setChosen({ file, columns });
    setMapping(guessMapping(columns));
    if (columns.length === 0) setAlert(t('file.noHeader'));
  }

  function refusal(error: unknown): string {
    if (!(error instanceof ImportRefused)) return t('errors:unknown');
    if (error.code === 'NETWORK') return t('errors:network');
    if (error.code === 'BAD_USER_INPUT') return error.reasons.join(' ') || t('errors:BAD_USER_INPUT');
    if (error.code === 'UNKNOWN') return t('errors:unknown');
    return t(`errors:${error.code}`);
  }

  async function run(dryRun: boolean) {
    if (!chosen) return;
    setBusy(dryRun ? 'check' : 'import');
    setAlert(null);
    try {
      const answer = await importContacts({ file: chosen.file, mapping: mappingForApi(mapping), onDuplicateEmail, dryRun });
      if (dryRun) setChecked({ report: answer, key });
      // Rows can change between the check and the import: a refused import shows its problems like a check.
      else if (answer.committed) setImported(answer);
      else setChecked({ report: answer, key });
    } catch (error) {
      setAlert(refusal(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <BackLink to="/contacts" label={t('back')} />
      <PageHeader title={t('title')} intro={t('intro')} />
      <Stack spacing={3} sx={{ maxWidth: 960 }}>
        <ErrorAlert message={alert} />
        <RecordSection title={t('file.title')}>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('file.help')}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            {/* A label styled as a button: the file input inside it is the control (focus, name, keyboard). */}
            <Button
              component="label"
              role={undefined}
              tabIndex={-1}
              variant="contained"
              startIcon={<UploadFileOutlined aria-hidden />}
              sx={{ '&:has(input:focus-visible)': { outline: '2px solid', outlineOffset: 2 } }}
            >
              {t('file.choose')}
              <Box component="input" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} sx={visuallyHiddenInput} />
            </Button>
            {chosen ? (
              <Typography>{t('file.chosen', { name: chosen.file.name, columns: chosen.columns.length })}</Typography>
            ) : null}
          </Stack>
        </RecordSection>

        {chosen && chosen.columns.length > 0 ? (
          <>
            <RecordSection title={t('mapping.title')}>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t('mapping.help')}
              </Typography>
              <ColumnMappingTable
                columns={chosen.columns}
                mapping={mapping}
                onChange={(column, choice) => setMapping((current) => ({ ...current, [column]: choice }))}
              />
              {doubled.length > 0 ? (
                <Alert severity="warning" sx={{ mt: 2 }}>
                  {t('mapping.doubled', { fields: doubled.map((field) => t(`fields.${field}`)).join(', ') })}
                </Alert>
              ) : null}
              {missing.length > 0 ? (
                <Alert severity="warning" sx={{ mt: 2 }}>
                  {t('mapping.missing', { fields: missing.map((field) => t(`fields.${field}`)).join(', ') })}
                </Alert>
              ) : null}
            </RecordSection>

            <RecordSection title={t('duplicates.title')}>
              <RadioGroup
                aria-label={t('duplicates.title')}
                value={onDuplicateEmail}
                onChange={(event) => setOnDuplicateEmail(event.target.value as DuplicateEmailAction)}
              >
                {DUPLICATE_EMAIL_ACTIONS.map((action) => (
                  <FormControlLabel key={action} value={action} control={<Radio />} label={t(`duplicates.${action}`)} />
                ))}
              </RadioGroup>
            </RecordSection>

            <RecordSection title={t('check.title')}>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t('check.help')}
              </Typography>
              <Stack direction="row" spacing={1.5} sx={{ mb: report || imported ? 3 : 0 }}>
                <Button variant="outlined" disabled={!mayCheck || busy !== null} loading={busy === 'check'} onClick={() => void run(true)}>
                  {t('check.dryRun')}
                </Button>
                <Button variant="contained" disabled={!mayImport || busy !== null} loading={busy === 'import'} onClick={() => void run(false)}>
                  {t('check.import')}
                </Button>
              </Stack>
              {imported ? (
                <>
                  <ImportReportView report={imported} />
                  <Link component={RouterLink} to="/contacts" sx={{ display: 'inline-block', mt: 2 }}>
                    {t('check.seeContacts')}
                  </Link>
                </>
              ) : report ? (
                <ImportReportView report={report} />
              ) : null}
            </RecordSection>
          </>
        ) : null}
      </Stack>
    </>
  );
}
