import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { addMonths, firstDayOf, lastDayOf, type CalendarMonth } from '../calendarDates';
import type { CalendarFormats } from '../hooks/useCalendarFormats';
import { CALENDAR_EXPORT_MONTHS, calendarExportUrl } from '../calendarExport';

export interface CampaignOption {
  id: string;
  name: string;
}

export interface CalendarToolbarProps {
  month: CalendarMonth;
  thisMonth: CalendarMonth;
  onShowMonth: (month: CalendarMonth) => void;
  campaignId: string | null;
  campaigns: readonly CampaignOption[] | undefined;
  onShowCampaign: (campaignId: string | null) => void;
  formats: CalendarFormats;
}

/** The month shown (its name announced when it changes), previous/this/next month, the campaign filter, the export. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { month, thisMonth, onShowMonth, campaignId, campaigns, onShowCampaign, formats } = props;
  const { t } = useTranslation('calendar');
  const downloadHelpId = useId();
  const campaignIds = campaigns?.map((campaign) => campaign.id) ?? [];
  // Keep a campaign named in the address selectable while the names load (or when it is not visible to the reader).
  const options = campaignId && !campaignIds.includes(campaignId) ? [...campaignIds, campaignId] : campaignIds;
  const campaignName = (id: string) =>
    campaigns?.find((campaign) => campaign.id === id)?.name ?? (campaigns ? t('campaignFilter.unknown') : '…');
  const exportLast = lastDayOf(addMonths(month, CALENDAR_EXPORT_MONTHS - 1));

  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Stack direction="row" component="nav" aria-label={t('month.navigation')} spacing={0.5} sx={{ alignItems: 'center' }}>
            <IconButton aria-label={t('month.previous')} onClick={() => onShowMonth(addMonths(month, -1))}>
              <ChevronLeft aria-hidden />
            </IconButton>
            <Button variant="outlined" size="small" onClick={() => onShowMonth(thisMonth)}>
              {t('month.today')}
            </Button>
            <IconButton aria-label={t('month.next')} onClick={() => onShowMonth(addMonths(month, 1))}>
              <ChevronRight aria-hidden />
            </IconButton>
          </Stack>
          <Typography variant="h2" aria-live="polite" sx={{ pl: 1 }}>
            {formats.monthTitle(month)}
          </Typography>
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <FilterSelect
            label={t('campaignFilter.label')}
            value={campaignId}
            options={options}
            optionLabel={campaignName}
            anyLabel={t('campaignFilter.any')}
            onChange={onShowCampaign}
            sx={{ minWidth: 240 }}
          />
          <Box>
            <Button
              component="a"
              href={calendarExportUrl(month, campaignId)}
              variant="outlined"
              startIcon={<DownloadOutlined aria-hidden />}
              aria-describedby={downloadHelpId}
              sx={{ whiteSpace: 'nowrap' }}
            >
              {t('download.label')}
            </Button>
          </Box>
        </Stack>
      </Stack>
      <Typography id={downloadHelpId} variant="body2" color="text.secondary" sx={{ textAlign: { md: 'right' } }}>
        {t('download.help', { period: formats.dayRange(firstDayOf(month), exportLast) })}
      </Typography>
    </Stack>
  );
}
