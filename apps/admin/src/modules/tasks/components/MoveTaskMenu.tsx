import ArrowDropDownOutlined from '@mui/icons-material/ArrowDropDownOutlined';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../gql/graphql';
import { TASK_STATUSES } from '../taskOptions';

export interface MoveTaskMenuProps {
  task: { title: string; status: TaskStatus };
  onMove: (status: TaskStatus) => void;
  /** The button, for the board to give it focus again once the card shows in its new column. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** "Move ▾" on a card: the other columns, by name, so a task moves without dragging. */
export function MoveTaskMenu({ task, onMove, buttonRef }: MoveTaskMenuProps) {
  const { t } = useTranslation('tasks');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  function choose(status: TaskStatus) {
    setAnchor(null);
    onMove(status);
  }

  return (
    <>
      <Button
        ref={buttonRef}
        size="small"
        endIcon={<ArrowDropDownOutlined aria-hidden />}
        aria-label={t('board.moveLabel', { title: task.title })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('board.move')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('board.moveMenu', { title: task.title }) } }}
      >
        {TASK_STATUSES.filter((status) => status !== task.status).map((status) => (
          <MenuItem key={status} onClick={() => choose(status)}>
            {t(`statuses.${status}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
