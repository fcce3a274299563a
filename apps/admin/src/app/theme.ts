import { Language } from '@alliance/domain';
import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, frFR } from '@mui/material/locale';

// Calm, sober palette. Every colour used for text keeps at least 4.5:1 contrast on white (WCAG AA).
const palette = {
  primary: { main: '#1d4f73', contrastText: '#ffffff' },
  secondary: { main: '#4a5866', contrastText: '#ffffff' },
  success: { main: '#2e6b34', contrastText: '#ffffff' },
  warning: { main: '#8a4b00', contrastText: '#ffffff' },
  error: { main: '#b3261e', contrastText: '#ffffff' },
  info: { main: '#0b5b8a', contrastText: '#ffffff' },
  background: { default: '#f4f6f8', paper: '#ffffff' },
  text: { primary: '#1b2631', secondary: '#4f5d6b' },
  divider: '#dde3e9',
};

const muiLocales = { [Language.EN]: enUS, [Language.FR]: frFR };

export function createAppTheme(language: Language): Theme {
  return createTheme(
    {
      palette,
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ].join(','),
        h1: { fontSize: '1.75rem', fontWeight: 600 },
        h2: { fontSize: '1.25rem', fontWeight: 600 },
        h3: { fontSize: '1.05rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: palette.divider } } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600, color: palette.text.secondary } } },
        MuiTextField: { defaultProps: { fullWidth: true } },
      },
    },
    muiLocales[language],
  );
}
