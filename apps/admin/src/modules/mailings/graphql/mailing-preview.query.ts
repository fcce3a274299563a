import { graphql } from '../../../gql';

/** The mail as one recipient (or sample values) would get it, in a language. */
export const MAILING_PREVIEW_QUERY = graphql(`
  query MailingPreview($id: ID!, $contactId: ID, $language: Language) {
    previewMailing(id: $id, contactId: $contactId, language: $language) {
      subject
      html
      text
      language
    }
  }
`);
