import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Notice } from './NoticeSnackbar';

/** What a page navigated from wants said here (e.g. "saved"): `navigate(to, { state: { notice } })`. */
export interface NoticeState {
  notice?: Notice;
}

/**
 * The notice a page shows, starting with the one it was sent with. That one is taken out of the history entry at
 * once, so a reload or Back does not say "saved" again.
 */
export function useNotice(): [Notice | null, (notice: Notice | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const sent = (location.state as NoticeState | null)?.notice ?? null;
  const [notice, setNotice] = useState<Notice | null>(sent);
  useEffect(() => {
    if (sent) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [sent, navigate, location.pathname, location.search]);
  return [notice, setNotice];
}
