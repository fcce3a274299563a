import { useQuery } from '@apollo/client/react';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import ListSubheader from '@mui/material/ListSubheader';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GlobalSearchQuery, SearchHitKind } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { GLOBAL_SEARCH_QUERY } from '../graphql/global-search.query';
import { useFocusShortcut } from '../hooks/useFocusShortcut';

type SearchHit = GlobalSearchQuery['search'][number];

/** The API needs at least this many characters. */
const MIN_QUERY_LENGTH = 2;
const HITS_SHOWN = 15;

const RECORD_PATHS: Record<SearchHitKind, string> = {
  CONTACT: '/contacts',
  ORGANISATION: '/organisations',
  INSTITUTION: '/institutions',
};

/** Hits grouped by kind (the list needs each group together), the kind of the best hit first, best first within. */
function groupedByKind(hits: readonly SearchHit[]): SearchHit[] {
  const order = [...new Set(hits.map((hit) => hit.kind))];
  return [...hits].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * The top bar's search over organisations, contacts and institutions at once: Enter or a click opens the record.
 * "/" or Ctrl+K puts the cursor here from anywhere but another field.
 */
export function GlobalSearch() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const field = useRef<HTMLInputElement>(null);
  const groupId = useId();
  useFocusShortcut(field);
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebouncedValue(input.trim(), 250);
  const searching = query.length >= MIN_QUERY_LENGTH;
  const { data, previousData, loading } = useQuery(GLOBAL_SEARCH_QUERY, {
    variables: { query, first: HITS_SHOWN },
    skip: !searching,
  });
  const hits = searching ? groupedByKind((data ?? previousData)?.search ?? []) : [];

  function openRecord(hit: SearchHit) {
    setInput('');
    field.current?.blur();
    void navigate(`${RECORD_PATHS[hit.kind]}/${hit.id}`);
  }

  return (
    <Box role="search" aria-label={t('landmark')} sx={{ width: { xs: 200, sm: 300, md: 380 } }}>
      <Autocomplete<SearchHit>
        autoHighlight
        forcePopupIcon={false}
        // Nothing to show before something is typed.
        open={open && input.trim().length > 0}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        options={hits}
        value={null}
        inputValue={input}
        onInputChange={(_event, text, reason) => {
          if (reason !== 'reset') setInput(text);
        }}
        onChange={(_event, choice) => {
          if (choice) openRecord(choice);
        }}
        filterOptions={(all) => all}
        groupBy={(hit) => t(`kinds.${hit.kind}`)}
        getOptionLabel={(hit) => hit.label}
        getOptionKey={(hit) => `${hit.kind}-${hit.id}`}
        isOptionEqualToValue={(hit, other) => hit.kind === other.kind && hit.id === other.id}
        loading={searching && loading}
        loadingText={t('loading')}
        noOptionsText={searching ? t('none') : t('tooShort')}
        // Each kind is a named group of options (listbox > group > option), as screen readers expect.
        renderGroup={({ key, group, children }) => (
          <li key={key} role="presentation">
            <ListSubheader component="div" role="presentation" id={`${groupId}-${key}`}>
              {group}
            </ListSubheader>
            <Box component="ul" role="group" aria-labelledby={`${groupId}-${key}`} sx={{ p: 0 }}>
              {children}
            </Box>
          </li>
        )}
        renderOption={({ key, ...props }, hit) => (
          <li key={key} {...props}>
            <Box>
              <Typography component="span" sx={{ display: 'block' }}>
                {hit.label}
              </Typography>
              {hit.detail ? (
                <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                  {hit.detail}
                </Typography>
              ) : null}
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field}
            size="small"
            label={t('label')}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchOutlined aria-hidden fontSize="small" />
                  </InputAdornment>
                ),
              },
              htmlInput: { ...params.slotProps.htmlInput, 'aria-keyshortcuts': '/ Control+K' },
            }}
          />
        )}
      />
    </Box>
  );
}
