import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import Markdown, { type Components } from 'react-markdown';

/**
 * Headings of the text sit under the section's own heading (h2), so "# Title" shows as h3: the page keeps one
 * outline. Links open elsewhere, without handing this page to the site they lead to.
 */
const COMPONENTS: Components = {
  h1: ({ children }) => <Typography variant="h6" component="h3">{children}</Typography>,
  h2: ({ children }) => <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>{children}</Typography>,
  h3: ({ children }) => <Typography variant="subtitle2" component="h5">{children}</Typography>,
  h4: ({ children }) => <Typography variant="subtitle2" component="h6">{children}</Typography>,
  h5: ({ children }) => <Typography variant="subtitle2" component="h6">{children}</Typography>,
  h6: ({ children }) => <Typography variant="subtitle2" component="h6">{children}</Typography>,
  a: ({ href, children }) => (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Link>
  ),
  img: ({ alt }) => <>{alt ?? ''}</>,
};

/**
 * A Markdown text rendered safely: raw HTML in it is left out (never rendered), link addresses other than http(s),
 * mailto and relative ones are dropped by react-markdown, and images show as their description (no request to
 * addresses chosen by the author).
 */
export function MarkdownBody({ text }: { text: string }) {
  return (
    <Box sx={{ overflowWrap: 'anywhere', '& > :first-of-type': { mt: 0 }, '& > :last-child': { mb: 0 }, '& pre': { whiteSpace: 'pre-wrap' } }}>
      <Markdown skipHtml components={COMPONENTS}>
        {text}
      </Markdown>
    </Box>
  );
}
