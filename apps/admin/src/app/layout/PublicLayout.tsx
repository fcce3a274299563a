import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../modules/preferences/components/LanguageSwitch';
import { LoadingState } from '../../ui/LoadingState';
import { Brand } from './Brand';

/** Pages for people who are not signed in: sign-in, accepting an invitation. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="static" color="inherit" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ justifyContent: 'space-between', gap: 2 }}>
          <Brand />
          <LanguageSwitch />
        </Toolbar>
      </AppBar>
      <Container component="main" id="main-content" maxWidth="sm" sx={{ py: { xs: 4, sm: 8 } }}>
        <Suspense fallback={<LoadingState />}>{children ?? <Outlet />}</Suspense>
      </Container>
    </Box>
  );
}
