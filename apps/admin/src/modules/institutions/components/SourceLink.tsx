import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** A recorded fact's public source: the address as a link, and any note after it ("(Article 23)") as text. */
export function SourceLink({ source, about }: { source: string | null; about: string }) {
  const { t } = useTranslation('institutions');
  if (!source) return null;
  const match = /^(https?:\/\/\S+)\s*(.*)$/.exec(source.trim());
  if (!match) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {t('seats.sourceText', { source })}
      </Typography>
    );
  }
  const [, url, note] = match;
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      <Link href={url} target="_blank" rel="noopener noreferrer" aria-label={t('seats.sourceFor', { name: about })}>
        {t('seats.source')}
      </Link>
      {note ? ` ${note}` : null}
    </Typography>
  );
}
