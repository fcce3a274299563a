import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, type RouteObject } from 'react-router';
import { RequireRole } from '../modules/auth/components/RequireRole';
import { RequireSignedIn } from '../modules/auth/components/RequireSignedIn';
import { StatusMessage } from '../ui/StatusMessage';
import { AppLayout } from './layout/AppLayout';
import { NAVIGATION } from './layout/navigation';
import { PublicLayout } from './layout/PublicLayout';

// One chunk per page: people load only what they open.
const SignInPage = lazy(() => import('../modules/auth/pages/SignInPage').then((m) => ({ default: m.SignInPage })));
const AcceptInvitationPage = lazy(() =>
  import('../modules/auth/pages/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })),
);
const DashboardPage = lazy(() =>
  import('../modules/dashboard/pages/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const UsersPage = lazy(() => import('../modules/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../modules/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })));

/** The roles the navigation shows a path to are the roles the route lets in. */
function rolesFor(path: string) {
  const roles = NAVIGATION.find((item) => item.to === path)?.roles;
  if (!roles) throw new Error(`No navigation entry with roles for ${path}`);
  return roles;
}

function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <StatusMessage
      icon={<SearchOffOutlined color="action" fontSize="large" aria-hidden />}
      title={t('notFound.title')}
      body={t('notFound.body')}
      action={
        <Button component={RouterLink} to="/" variant="outlined">
          {t('actions.backToDashboard')}
        </Button>
      }
    />
  );
}

export const appRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
    ],
  },
  {
    path: '/',
    element: (
      <RequireSignedIn>
        <AppLayout />
      </RequireSignedIn>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      {
        path: 'users',
        element: (
          <RequireRole roles={rolesFor('/users')}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireRole roles={rolesFor('/audit')}>
            <AuditPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
