import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navigationFor, type NavigationItem } from './navigation';

const ICONS: Record<NavigationItem['icon'], typeof DashboardOutlined> = {
  dashboard: DashboardOutlined,
  users: PeopleOutlined,
  audit: HistoryOutlined,
};

export interface SideNavProps {
  role: string;
  onNavigate?: () => void;
}

/** The main navigation landmark; NavLink marks the current page with aria-current="page". */
export function SideNav({ role, onNavigate }: SideNavProps) {
  const { t } = useTranslation('common');
  return (
    <nav aria-label={t('nav.label')}>
      <List sx={{ px: 1 }}>
        {navigationFor(role).map((item) => {
          const Icon = ICONS[item.icon];
          return (
            <li key={item.to}>
              <ListItemButton
                component={NavLink}
                to={item.to}
                end={item.to === '/'}
                onClick={onNavigate}
                sx={{
                  borderRadius: 1,
                  mb: 0.5,
                  '&.active': { bgcolor: 'action.selected', color: 'primary.main', fontWeight: 600 },
                  '&.active .MuiListItemIcon-root': { color: 'primary.main' },
                }}
              >
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <Icon aria-hidden />
                </ListItemIcon>
                <ListItemText primary={t(item.label)} />
              </ListItemButton>
            </li>
          );
        })}
      </List>
    </nav>
  );
}
