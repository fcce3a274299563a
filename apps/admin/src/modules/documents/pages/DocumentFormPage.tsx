import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { DocumentForm } from '../components/DocumentForm';
import { documentPath } from '../documentOptions';
import { CREATE_DOCUMENT_MUTATION } from '../graphql/create-document.mutation';
import { UPDATE_DOCUMENT_MUTATION } from '../graphql/update-document.mutation';
import { useDocumentRecord } from '../hooks/useDocumentRecord';

/** Goes to the document's page, which says what was done. */
function useShowDocument(done: 'form.created' | 'form.saved') {
  const { t } = useTranslation('documents');
  const navigate = useNavigate();
  return (document: { id: string; title: string }) =>
    void navigate(documentPath(document.id), {
      state: { notice: { severity: 'success', text: t(done, { title: document.title }) } } satisfies NoticeState,
    });
}

/** Coordinators and advocates: a new document (the route checks the role); files are added on its page. */
export function NewDocumentPage() {
  const { t } = useTranslation('documents');
  const show = useShowDocument('form.created');
  const [createDocument, { loading }] = useMutation(CREATE_DOCUMENT_MUTATION);
  return (
    <>
      <BackLink to="/documents" label={t('page.back')} />
      <PageHeader title={t('form.newTitle')} intro={t('form.intro')} />
      <DocumentForm
        submitting={loading}
        cancelTo="/documents"
        save={async (input) => {
          const { data } = await createDocument({ variables: { input } });
          if (data) show(data.createDocument);
        }}
      />
    </>
  );
}

/** Coordinators and advocates: a document's title, kind, status, campaigns and text. */
export function EditDocumentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('documents');
  const show = useShowDocument('form.saved');
  const { document, fallback } = useDocumentRecord(id);
  const [updateDocument, { loading }] = useMutation(UPDATE_DOCUMENT_MUTATION);
  if (!document) return fallback;
  const recordPath = documentPath(document.id);
  return (
    <>
      <BackLink to={recordPath} label={document.title} />
      <PageHeader title={t('form.editTitle', { title: document.title })} intro={t('form.intro')} />
      <DocumentForm
        document={document}
        submitting={loading}
        cancelTo={recordPath}
        save={async (input) => {
          const { data } = await updateDocument({ variables: { input: { id: document.id, ...input } } });
          if (data) show(data.updateDocument);
        }}
      />
    </>
  );
}
