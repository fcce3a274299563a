import 'i18next';
import type { resources } from '../locales';

// Type-checks translation keys against the English files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
