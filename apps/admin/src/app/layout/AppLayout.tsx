import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { LoadingState } from '../../ui/LoadingState';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

const DRAWER_WIDTH = 240;

/** Signed-in pages: top bar (header), side navigation (nav), page content (main). */
export function AppLayout() {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const [mobileOpen, setMobileOpen] = useState(false);
  const theme = useTheme();
  // Render one drawer only, so there is exactly one navigation landmark.
  const isDesktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <Link
        href="#main-content"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: (theme) => theme.zIndex.tooltip,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('skipToContent')}
      </Link>
      <TopBar user={user} onOpenNavigation={isDesktop ? undefined : () => setMobileOpen(true)} />
      {isDesktop ? (
        <Drawer
          variant="permanent"
          open
          sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
        >
          <Toolbar />
          <SideNav role={user.role} />
        </Drawer>
      ) : (
        <Drawer
          variant="temporary"
          open={mobileOpen}
          onClose={() => setMobileOpen(false)}
          sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
        >
          <Toolbar />
          <SideNav role={user.role} onNavigate={() => setMobileOpen(false)} />
        </Drawer>
      )}
      <Box
        component="main"
        id="main-content"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3, md: 4 }, outline: 'none' }}
      >
        <Toolbar />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
