import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

export interface SearchFieldProps {
  label: string;
  /** The search in force (e.g. read from the address); a new one from outside replaces what is typed. */
  value: string;
  /** The trimmed text, once typing pauses: one request per pause, not per key. */
  onChange: (value: string) => void;
  sx?: TextFieldProps['sx'];
}

/** A search box for a list's filters. */
export function SearchField({ label, value, onChange, sx }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const [known, setKnown] = useState(value);
  // The search changed elsewhere (back button, a link): show it instead of what was typed before.
  if (value !== known) {
    setKnown(value);
    if (value !== text.trim()) setText(value);
  }
  const settled = useDebouncedValue(text.trim());
  useEffect(() => {
    if (settled === text.trim() && settled !== value) onChange(settled);
  }, [settled, text, value, onChange]);

  return (
    <TextField
      type="search"
      label={label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      sx={sx}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchOutlined aria-hidden />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
