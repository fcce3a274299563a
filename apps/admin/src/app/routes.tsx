import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../modules/auth/components/RequireRole';
import { RequireSignedIn } from '../modules/auth/components/RequireSignedIn';
import { DeadEndMessage } from '../ui/DeadEndMessage';
import { AppLayout } from './layout/AppLayout';
import { NAVIGATION } from './layout/navigation';
import { PublicLayout } from './layout/PublicLayout';

/** One chunk per page: people load only what they open. */
function lazyPage<Name extends string>(name: Name, load: () => Promise<Record<Name, ComponentType>>) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const SignInPage = lazyPage('SignInPage', () => import('../modules/auth/pages/SignInPage'));
const AcceptInvitationPage = lazyPage('AcceptInvitationPage', () => import('../modules/auth/pages/AcceptInvitationPage'));
const DashboardPage = lazyPage('DashboardPage', () => import('../modules/dashboard/pages/DashboardPage'));
const UsersPage = lazyPage('UsersPage', () => import('../modules/users/pages/UsersPage'));
const AuditPage = lazyPage('AuditPage', () => import('../modules/audit/pages/AuditPage'));

/** A page for the roles its navigation entry names: the navigation shows a path to the people the route lets in. */
function roleRoute(path: string, page: ReactNode): RouteObject {
  const roles = NAVIGATION.find((item) => item.to === `/${path}`)?.roles;
  if (!roles) throw new Error(`No navigation entry with roles for /${path}`);
  return { path, element: <RequireRole roles={roles}>{page}</RequireRole> };
}

function NotFoundPage() {
  const { t } = useTranslation('common');
  return <DeadEndMessage icon={SearchOffOutlined} title={t('notFound.title')} body={t('notFound.body')} />;
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
      roleRoute('users', <UsersPage />),
      roleRoute('audit', <AuditPage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
