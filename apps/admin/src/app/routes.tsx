import { Role } from '@alliance/domain';
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
const SubscribePage = lazyPage('SubscribePage', () => import('../modules/mail-preferences/pages/SubscribePage'));
const ConfirmSubscriptionPage = lazyPage('ConfirmSubscriptionPage', () => import('../modules/mail-preferences/pages/ConfirmSubscriptionPage'));
const PreferencesPage = lazyPage('PreferencesPage', () => import('../modules/mail-preferences/pages/PreferencesPage'));
const DashboardPage = lazyPage('DashboardPage', () => import('../modules/dashboard/pages/DashboardPage'));
const UsersPage = lazyPage('UsersPage', () => import('../modules/users/pages/UsersPage'));
const AuditPage = lazyPage('AuditPage', () => import('../modules/audit/pages/AuditPage'));
const OrganisationsPage = lazyPage('OrganisationsPage', () => import('../modules/organisations/pages/OrganisationsPage'));
const OrganisationPage = lazyPage('OrganisationPage', () => import('../modules/organisations/pages/OrganisationPage'));
const NewOrganisationPage = lazyPage('NewOrganisationPage', () => import('../modules/organisations/pages/OrganisationFormPage'));
const EditOrganisationPage = lazyPage('EditOrganisationPage', () => import('../modules/organisations/pages/OrganisationFormPage'));
const ContactsPage = lazyPage('ContactsPage', () => import('../modules/contacts/pages/ContactsPage'));
const ContactPage = lazyPage('ContactPage', () => import('../modules/contacts/pages/ContactPage'));
const NewContactPage = lazyPage('NewContactPage', () => import('../modules/contacts/pages/ContactFormPage'));
const EditContactPage = lazyPage('EditContactPage', () => import('../modules/contacts/pages/ContactFormPage'));
const InstitutionsPage = lazyPage('InstitutionsPage', () => import('../modules/institutions/pages/InstitutionsPage'));
const InstitutionPage = lazyPage('InstitutionPage', () => import('../modules/institutions/pages/InstitutionPage'));
const NewInstitutionPage = lazyPage('NewInstitutionPage', () => import('../modules/institutions/pages/InstitutionFormPage'));
const EditInstitutionPage = lazyPage('EditInstitutionPage', () => import('../modules/institutions/pages/InstitutionFormPage'));
const PolicymakersPage = lazyPage('PolicymakersPage', () => import('../modules/institutions/pages/PolicymakersPage'));
const ContactImportPage = lazyPage('ContactImportPage', () => import('../modules/contact-import/pages/ContactImportPage'));
const DuplicatesPage = lazyPage('DuplicatesPage', () => import('../modules/duplicates/pages/DuplicatesPage'));
const CampaignsPage = lazyPage('CampaignsPage', () => import('../modules/campaigns/pages/CampaignsPage'));
const CampaignPage = lazyPage('CampaignPage', () => import('../modules/campaigns/pages/CampaignPage'));
const NewCampaignPage = lazyPage('NewCampaignPage', () => import('../modules/campaigns/pages/CampaignFormPage'));
const EditCampaignPage = lazyPage('EditCampaignPage', () => import('../modules/campaigns/pages/CampaignFormPage'));
const MyTasksPage = lazyPage('MyTasksPage', () => import('../modules/tasks/pages/MyTasksPage'));
const TaskPage = lazyPage('TaskPage', () => import('../modules/tasks/pages/TaskPage'));
const TaskBoardPage = lazyPage('TaskBoardPage', () => import('../modules/tasks/pages/TaskBoardPage'));
const LogInteractionPage = lazyPage('LogInteractionPage', () => import('../modules/interactions/pages/LogInteractionPage'));
const InteractionPage = lazyPage('InteractionPage', () => import('../modules/interactions/pages/InteractionPage'));
const CalendarPage = lazyPage('CalendarPage', () => import('../modules/calendar/pages/CalendarPage'));
const DocumentsPage = lazyPage('DocumentsPage', () => import('../modules/documents/pages/DocumentsPage'));
const DocumentPage = lazyPage('DocumentPage', () => import('../modules/documents/pages/DocumentPage'));
const NewDocumentPage = lazyPage('NewDocumentPage', () => import('../modules/documents/pages/DocumentFormPage'));
const EditDocumentPage = lazyPage('EditDocumentPage', () => import('../modules/documents/pages/DocumentFormPage'));
const MailingsPage = lazyPage('MailingsPage', () => import('../modules/mailings/pages/MailingsPage'));
const MailingPage = lazyPage('MailingPage', () => import('../modules/mailings/pages/MailingPage'));
const NewMailingPage = lazyPage('NewMailingPage', () => import('../modules/mailings/pages/MailingFormPage'));
const EditMailingPage = lazyPage('EditMailingPage', () => import('../modules/mailings/pages/MailingFormPage'));
const MailingListsPage = lazyPage('MailingListsPage', () => import('../modules/mailings/pages/MailingListsPage'));
const MailingListPage = lazyPage('MailingListPage', () => import('../modules/mailings/pages/MailingListPage'));
const AudiencesPage = lazyPage('AudiencesPage', () => import('../modules/mailings/pages/AudiencesPage'));
const AudiencePage = lazyPage('AudiencePage', () => import('../modules/mailings/pages/AudienceFormPage'));
const NewAudiencePage = lazyPage('NewAudiencePage', () => import('../modules/mailings/pages/AudienceFormPage'));
const SuppressionsPage = lazyPage('SuppressionsPage', () => import('../modules/mailings/pages/SuppressionsPage'));
const OutboxPage = lazyPage('OutboxPage', () => import('../modules/outbox/pages/OutboxPage'));
const OutboxMessagePage = lazyPage('OutboxMessagePage', () => import('../modules/outbox/pages/OutboxMessagePage'));
const DeletedRecordsPage = lazyPage('DeletedRecordsPage', () => import('../modules/deleted-records/pages/DeletedRecordsPage'));

/** Who keeps the directory (adds and edits organisations and contacts), as the API allows. */
const DIRECTORY_EDITORS = [Role.COORDINATOR, Role.ADVOCATE] as const;

/** Who plans campaigns, as the API allows. */
const CAMPAIGN_EDITORS = [Role.COORDINATOR, Role.ADVOCATE] as const;

/** Who reads mailings, lists and audiences, as the API allows. */
const MAILING_READERS = [Role.COORDINATOR, Role.ADVOCATE] as const;

/** Who composes and sends mailings and keeps lists and audiences, as the API allows. */
const MAILING_SENDERS = [Role.COORDINATOR] as const;

/** Staff: everyone but member representatives. */
const STAFF = [Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST] as const;

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
      { path: '/subscribe', element: <SubscribePage /> },
      { path: '/subscribe/confirm', element: <ConfirmSubscriptionPage /> },
      { path: '/preferences', element: <PreferencesPage /> },
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
        path: 'campaigns',
        children: [
          { index: true, element: <CampaignsPage /> },
          { path: 'new', element: <RequireRole roles={CAMPAIGN_EDITORS}><NewCampaignPage /></RequireRole> },
          { path: ':id', element: <CampaignPage /> },
          { path: ':id/edit', element: <RequireRole roles={CAMPAIGN_EDITORS}><EditCampaignPage /></RequireRole> },
          { path: ':id/board', element: <TaskBoardPage /> },
        ],
      },
      {
        path: 'tasks',
        children: [
          { index: true, element: <MyTasksPage /> },
          { path: ':id', element: <TaskPage /> },
        ],
      },
      {
        path: 'interactions',
        children: [
          { path: 'new', element: <RequireRole roles={STAFF}><LogInteractionPage /></RequireRole> },
          { path: ':id', element: <InteractionPage /> },
        ],
      },
      { path: 'calendar', element: <CalendarPage /> },
      {
        path: 'documents',
        children: [
          { index: true, element: <DocumentsPage /> },
          { path: 'new', element: <RequireRole roles={STAFF}><NewDocumentPage /></RequireRole> },
          { path: ':id', element: <DocumentPage /> },
          { path: ':id/edit', element: <RequireRole roles={STAFF}><EditDocumentPage /></RequireRole> },
        ],
      },
      {
        path: 'organisations',
        children: [
          { index: true, element: <OrganisationsPage /> },
          { path: 'new', element: <RequireRole roles={DIRECTORY_EDITORS}><NewOrganisationPage /></RequireRole> },
          { path: ':id', element: <OrganisationPage /> },
          // Members may edit their own organisation: the page checks which one.
          { path: ':id/edit', element: <EditOrganisationPage /> },
        ],
      },
      {
        path: 'contacts',
        children: [
          { index: true, element: <ContactsPage /> },
          { path: 'new', element: <RequireRole roles={DIRECTORY_EDITORS}><NewContactPage /></RequireRole> },
          { path: ':id', element: <ContactPage /> },
          { path: ':id/edit', element: <RequireRole roles={DIRECTORY_EDITORS}><EditContactPage /></RequireRole> },
        ],
      },
      // Beside the contacts routes above; React Router prefers these fixed paths to contacts/:id.
      roleRoute('contacts/import', <ContactImportPage />),
      roleRoute('contacts/duplicates', <DuplicatesPage />),
      {
        path: 'institutions',
        children: [
          { index: true, element: <InstitutionsPage /> },
          { path: 'new', element: <RequireRole roles={DIRECTORY_EDITORS}><NewInstitutionPage /></RequireRole> },
          { path: ':id', element: <InstitutionPage /> },
          { path: ':id/edit', element: <RequireRole roles={DIRECTORY_EDITORS}><EditInstitutionPage /></RequireRole> },
        ],
      },
      { path: 'policymakers', element: <PolicymakersPage /> },
      roleRoute('mailings', <MailingsPage />),
      { path: 'mailings/new', element: <RequireRole roles={MAILING_SENDERS}><NewMailingPage /></RequireRole> },
      { path: 'mailings/:id', element: <RequireRole roles={MAILING_READERS}><MailingPage /></RequireRole> },
      { path: 'mailings/:id/edit', element: <RequireRole roles={MAILING_SENDERS}><EditMailingPage /></RequireRole> },
      // Beside mailings/:id above; React Router prefers these fixed paths to it.
      roleRoute('mailings/lists', <MailingListsPage />),
      { path: 'mailings/lists/:id', element: <RequireRole roles={MAILING_READERS}><MailingListPage /></RequireRole> },
      roleRoute('mailings/audiences', <AudiencesPage />),
      { path: 'mailings/audiences/new', element: <RequireRole roles={MAILING_SENDERS}><NewAudiencePage /></RequireRole> },
      { path: 'mailings/audiences/:id', element: <RequireRole roles={MAILING_READERS}><AudiencePage /></RequireRole> },
      roleRoute('mailings/suppressions', <SuppressionsPage />),
      roleRoute('users', <UsersPage />),
      roleRoute('audit', <AuditPage />),
      roleRoute('outbox', <OutboxPage />),
      { path: 'outbox/:id', element: <RequireRole roles={[Role.COORDINATOR]}><OutboxMessagePage /></RequireRole> },
      roleRoute('deleted', <DeletedRecordsPage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
