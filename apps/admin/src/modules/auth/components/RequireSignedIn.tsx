import { useQuery } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { hasApiErrorCode } from '../../../app/graphql/api-errors';
import { fromGraphQLLanguage, hasRememberedLanguageChoice } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { ME_QUERY } from '../graphql/me.query';
import { CurrentUserContext } from '../hooks/useCurrentUser';

/** Renders its children for a signed-in user; sends everyone else to the sign-in page, then back here. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  const location = useLocation();
  const { t, i18n } = useTranslation('errors');
  const me = data?.me ?? null;

  // A language picked on this device wins; otherwise use the one saved on the account.
  const accountLanguage = me ? fromGraphQLLanguage(me.language) : null;
  useEffect(() => {
    if (accountLanguage && !hasRememberedLanguageChoice() && i18n.resolvedLanguage !== accountLanguage) {
      void i18n.changeLanguage(accountLanguage);
    }
  }, [accountLanguage, i18n]);

  if (loading && !data) return <LoadingState fullPage />;
  if (error && !hasApiErrorCode(error, 'UNAUTHENTICATED')) {
    return (
      <main>
        <ErrorAlert message={t('network')} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location }} />;
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}
