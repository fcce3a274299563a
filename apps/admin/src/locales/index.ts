import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enDashboard from './en/dashboard.json';
import enErrors from './en/errors.json';
import enUsers from './en/users.json';
import frAudit from './fr/audit.json';
import frAuth from './fr/auth.json';
import frCommon from './fr/common.json';
import frDashboard from './fr/dashboard.json';
import frErrors from './fr/errors.json';
import frUsers from './fr/users.json';

/** One namespace per domain; a new language is a new folder with the same files. */
export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    users: enUsers,
    audit: enAudit,
    dashboard: enDashboard,
  },
  fr: {
    common: frCommon,
    errors: frErrors,
    auth: frAuth,
    users: frUsers,
    audit: frAudit,
    dashboard: frDashboard,
  },
} as const;

export const namespaces = Object.keys(resources.en) as Array<keyof (typeof resources)['en']>;
