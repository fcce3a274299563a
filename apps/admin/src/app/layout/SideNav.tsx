import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import ChecklistOutlined from '@mui/icons-material/ChecklistOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import ContactsOutlined from '@mui/icons-material/ContactsOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import CorporateFareOutlined from '@mui/icons-material/CorporateFareOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import FilterAltOutlined from '@mui/icons-material/FilterAltOutlined';
import ForwardToInboxOutlined from '@mui/icons-material/ForwardToInboxOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import MarkunreadMailboxOutlined from '@mui/icons-material/MarkunreadMailboxOutlined';
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import RecordVoiceOverOutlined from '@mui/icons-material/RecordVoiceOverOutlined';
import RestoreFromTrashOutlined from '@mui/icons-material/RestoreFromTrashOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { navigationFor, type NavigationItem } from './navigation';

const ICONS: Record<NavigationItem['icon'], typeof DashboardOutlined> = {
  dashboard: DashboardOutlined,
  campaigns: CampaignOutlined,
  myTasks: ChecklistOutlined,
  logInteraction: EditNoteOutlined,
  calendar: EventOutlined,
  documents: DescriptionOutlined,
  mailings: ForwardToInboxOutlined,
  mailingLists: ListAltOutlined,
  audiences: FilterAltOutlined,
  suppressions: BlockOutlined,
  organisations: CorporateFareOutlined,
  contacts: ContactsOutlined,
  contactImport: UploadFileOutlined,
  duplicates: ContentCopyOutlined,
  institutions: AccountBalanceOutlined,
  policymakers: RecordVoiceOverOutlined,
  users: PeopleOutlined,
  audit: HistoryOutlined,
  outbox: MarkunreadMailboxOutlined,
  deleted: RestoreFromTrashOutlined,
};

export interface SideNavProps {
  role: string;
  onNavigate?: () => void;
}

/** The main navigation landmark; NavLink marks the current page with aria-current="page". */
export function SideNav({ role, onNavigate }: SideNavProps) {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  const items = navigationFor(role);
  const isAt = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  // On a page that has its own entry (/contacts/import), only that entry is current, not its section's too.
  const hasCurrentSubentry = (item: NavigationItem) =>
    items.some((other) => other.to.startsWith(`${item.to}/`) && isAt(other.to));
  return (
    <nav aria-label={t('nav.label')}>
      <List sx={{ px: 1 }}>
        {items.map((item) => {
          const Icon = ICONS[item.icon];
          return (
            <li key={item.to}>
              <ListItemButton
                component={NavLink}
                to={item.to}
                end={item.to === '/' || hasCurrentSubentry(item)}
                onClick={onNavigate}
                sx={{
                  borderRadius: 1,
                  mb: 0.5,
                  pl: item.nested ? 4 : undefined,
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
