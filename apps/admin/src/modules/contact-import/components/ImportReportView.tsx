import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../ui/DetailList';
import type { ImportReport } from '../csv/contactsCsvApi';

const asSentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** What a dry run found (or an import did): counts, and each problem with its row, column and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation('contactImport');
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  let summary: { severity: 'success' | 'info' | 'error'; text: string };
  if (report.committed) summary = { severity: 'success', text: t('report.committed') };
  else if (report.problemCount > 0) summary = { severity: 'error', text: t('report.problems', { problems: report.problemCount }) };
  else summary = { severity: 'info', text: t('report.clean') };

  return (
    <>
      <Alert severity={summary.severity} sx={{ mb: 2 }}>
        {summary.text}
      </Alert>
      <DetailList
        details={[
          { label: t('report.rows'), value: number(report.rows) },
          { label: report.committed ? t('report.created') : t('report.toCreate'), value: number(report.created) },
          { label: report.committed ? t('report.updated') : t('report.toUpdate'), value: number(report.updated) },
          { label: t('report.skipped'), value: number(report.skipped) },
        ]}
      />
      {report.problems.length > 0 ? (
        <>
          <Typography variant="h3" sx={{ mt: 3, mb: 1 }}>
            {t('report.problemsTitle')}
          </Typography>
          {report.problemCount > report.problems.length ? (
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t('report.firstProblems', { shown: number(report.problems.length), total: number(report.problemCount) })}
            </Typography>
          ) : null}
          <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 480 }}>
            <Table size="small" stickyHeader aria-label={t('report.problemsTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('report.row')}</TableCell>
                  <TableCell>{t('report.column')}</TableCell>
                  <TableCell>{t('report.why')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.problems.map((problem, index) => (
                  <TableRow key={`${problem.row}-${problem.column}-${index}`}>
                    <TableCell>{problem.row}</TableCell>
                    <TableCell>{problem.column}</TableCell>
                    <TableCell>{asSentence(problem.message)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      ) : null}
    </>
  );
}
