import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MERGE_FIELDS, mergeFieldToken, type MergeField } from '../mailingOptions';

export interface MergeFieldMenuProps {
  /** Names what the fields go into: "Insert a merge field into the English body". */
  label: string;
  onInsert: (token: string) => void;
}

/** A menu of the merge fields; the chosen one goes where the cursor was in the body. */
export function MergeFieldMenu({ label, onInsert }: MergeFieldMenuProps) {
  const { t } = useTranslation('mailings');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonId = useId();
  const choose = (field: MergeField) => {
    setAnchor(null);
    onInsert(mergeFieldToken(field));
  };
  return (
    <>
      <Button
        id={buttonId}
        size="small"
        variant="outlined"
        startIcon={<DataObjectOutlined aria-hidden />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={label}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('composer.insertField')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        // Focus goes back to the body, where the field was put, not to the button.
        disableRestoreFocus
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {MERGE_FIELDS.map((field) => (
          <MenuItem key={field} onClick={() => choose(field)}>
            <ListItemText primary={t(`composer.fields.${field}`)} secondary={mergeFieldToken(field)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
