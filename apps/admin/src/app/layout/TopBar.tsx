import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../modules/auth/hooks/useSignOut';
import type { CurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { LanguageSwitch } from '../../modules/preferences/components/LanguageSwitch';
import { GlobalSearch } from '../../modules/search/components/GlobalSearch';
import { Brand } from './Brand';

export interface TopBarProps {
  user: CurrentUser;
  /** Present on small screens, where the navigation is a drawer opened from the top bar. */
  onOpenNavigation?: () => void;
}

/** The banner landmark: product name, search, who is signed in, language, sign out. */
export function TopBar({ user, onOpenNavigation }: TopBarProps) {
  const { t } = useTranslation('common');
  const { signOut, signingOut } = useSignOut();
  return (
    <AppBar
      position="fixed"
      color="inherit"
      sx={{ borderBottom: 1, borderColor: 'divider', zIndex: (theme) => theme.zIndex.drawer + 1 }}
    >
      <Toolbar sx={{ gap: 2 }}>
        {onOpenNavigation ? (
          <IconButton edge="start" onClick={onOpenNavigation} aria-label={t('nav.open')}>
            <MenuOutlined />
          </IconButton>
        ) : null}
        <Brand />
        <GlobalSearch />
        <Box sx={{ flexGrow: 1 }} />
        <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
          {t('account.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}
        </Typography>
        <LanguageSwitch saveToAccount />
        <Button
          color="primary"
          variant="outlined"
          startIcon={<LogoutOutlined aria-hidden />}
          onClick={() => void signOut()}
          loading={signingOut}
        >
          {t('account.signOut')}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
