import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title, so each page is announced and findable by name. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = t('pageTitle', { title });
  }, [t, title]);
}
