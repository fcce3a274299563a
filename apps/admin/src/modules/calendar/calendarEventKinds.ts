import { CalendarEventKind } from '@alliance/domain';
import AlarmOutlined from '@mui/icons-material/AlarmOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import HowToVoteOutlined from '@mui/icons-material/HowToVoteOutlined';
import PublicOutlined from '@mui/icons-material/PublicOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import type { CalendarEventKind as CalendarEventKindValue } from '../../gql/graphql';

/** The kinds in the order people pick them: the Council's business first. */
export const CALENDAR_EVENT_KINDS: readonly CalendarEventKindValue[] = [
  CalendarEventKind.PRESIDENCY,
  CalendarEventKind.COUNCIL_MEETING,
  CalendarEventKind.SESSION,
  CalendarEventKind.SUMMIT,
  CalendarEventKind.VOTE,
  CalendarEventKind.DEADLINE,
  CalendarEventKind.OTHER,
];

/** Each kind's icon, beside its name (never instead of it). */
export const CALENDAR_EVENT_KIND_ICONS: Record<CalendarEventKindValue, SvgIconComponent> = {
  PRESIDENCY: FlagOutlined,
  COUNCIL_MEETING: GroupsOutlined,
  SESSION: ForumOutlined,
  SUMMIT: PublicOutlined,
  VOTE: HowToVoteOutlined,
  DEADLINE: AlarmOutlined,
  OTHER: EventOutlined,
};
