import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';

/** Short labels (tags, focus areas) as a list of chips; nothing when there are none. */
export function LabelChips({ labels }: { labels: readonly string[] }) {
  if (labels.length === 0) return null;
  return (
    <Stack component="ul" direction="row" sx={{ m: 0, p: 0, listStyle: 'none', flexWrap: 'wrap', gap: 1 }}>
      {labels.map((label) => (
        <li key={label}>
          <Chip size="small" label={label} />
        </li>
      ))}
    </Stack>
  );
}
