import enAudit from './en/audit.json';
import enOutbox from './en/outbox.json';
import frOutbox from './fr/outbox.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enContacts from './en/contacts.json';
import enContactImport from './en/contactImport.json';
import enDashboard from './en/dashboard.json';
import enDeletedRecords from './en/deletedRecords.json';
import enDuplicates from './en/duplicates.json';
import enErrors from './en/errors.json';
import enInstitutions from './en/institutions.json';
import enOrganisations from './en/organisations.json';
import enRelationships from './en/relationships.json';
import enSearch from './en/search.json';
import enUsers from './en/users.json';
import enCampaigns from './en/campaigns.json';
import frCampaigns from './fr/campaigns.json';
import enTasks from './en/tasks.json';
import frTasks from './fr/tasks.json';
import enInteractions from './en/interactions.json';
import frInteractions from './fr/interactions.json';
import enCalendar from './en/calendar.json';
import frCalendar from './fr/calendar.json';
import enDocuments from './en/documents.json';
import frDocuments from './fr/documents.json';
import enMailings from './en/mailings.json';
import frMailings from './fr/mailings.json';
import enMailPreferences from './en/mailPreferences.json';
import frMailPreferences from './fr/mailPreferences.json';
import frAudit from './fr/audit.json';
import frAuth from './fr/auth.json';
import frCommon from './fr/common.json';
import frContacts from './fr/contacts.json';
import frContactImport from './fr/contactImport.json';
import frDashboard from './fr/dashboard.json';
import frDeletedRecords from './fr/deletedRecords.json';
import frDuplicates from './fr/duplicates.json';
import frErrors from './fr/errors.json';
import frInstitutions from './fr/institutions.json';
import frOrganisations from './fr/organisations.json';
import frRelationships from './fr/relationships.json';
import frSearch from './fr/search.json';
import frUsers from './fr/users.json';

/** One namespace per domain; a new language is a new folder with the same files. */
export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    users: enUsers,
    audit: enAudit,
    outbox: enOutbox,
    dashboard: enDashboard,
    organisations: enOrganisations,
    contacts: enContacts,
    institutions: enInstitutions,
    relationships: enRelationships,
    search: enSearch,
    contactImport: enContactImport,
    duplicates: enDuplicates,
    deletedRecords: enDeletedRecords,
    campaigns: enCampaigns,
    tasks: enTasks,
    interactions: enInteractions,
    calendar: enCalendar,
    documents: enDocuments,
    mailings: enMailings,
    mailPreferences: enMailPreferences,
  },
  fr: {
    common: frCommon,
    errors: frErrors,
    auth: frAuth,
    users: frUsers,
    audit: frAudit,
    outbox: frOutbox,
    dashboard: frDashboard,
    organisations: frOrganisations,
    contacts: frContacts,
    institutions: frInstitutions,
    relationships: frRelationships,
    search: frSearch,
    contactImport: frContactImport,
    duplicates: frDuplicates,
    deletedRecords: frDeletedRecords,
    campaigns: frCampaigns,
    tasks: frTasks,
    interactions: frInteractions,
    calendar: frCalendar,
    documents: frDocuments,
    mailings: frMailings,
    mailPreferences: frMailPreferences,
  },
} as const;

export const namespaces = Object.keys(resources.en) as Array<keyof (typeof resources)['en']>;
