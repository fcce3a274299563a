import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useApiAction } from './useApiAction';

export interface RecordDeletionOptions {
  id: string;
  /** The domain's delete and restore mutations, both taking the record's id. */
  deleteMutation: TypedDocumentNode<unknown, { id: string }>;
  restoreMutation: TypedDocumentNode<unknown, { id: string }>;
  onDeleted: () => void;
  onRestored: () => void;
}

/**
 * Deleting a record (after a confirmation) and restoring it: what a record page's delete button, confirmation dialog
 * and "deleted" alert need.
 */
export interface RecordDeletion {
  askToDelete: () => void;
  /** Spread on ConfirmDialog. */
  confirmation: { open: boolean; busy: boolean; error: string | null; onClose: () => void; onConfirm: () => void };
  restore: () => void;
  restoring: boolean;
  restoreError: string | null;
}

export function useRecordDeletion(options: RecordDeletionOptions): RecordDeletion {
  const { id, deleteMutation, restoreMutation, onDeleted, onRestored } = options;
  const [remove] = useMutation(deleteMutation, { variables: { id } });
  const [restore] = useMutation(restoreMutation, { variables: { id } });
  const deletion = useApiAction();
  const restoration = useApiAction();
  const [confirming, setConfirming] = useState(false);

  return {
    askToDelete: () => {
      deletion.clear();
      setConfirming(true);
    },
    confirmation: {
      open: confirming,
      busy: deletion.busy,
      error: deletion.alert,
      onClose: () => setConfirming(false),
      onConfirm: () =>
        void deletion.run(remove).then((done) => {
          if (!done) return;
          setConfirming(false);
          onDeleted();
        }),
    },
    restore: () => void restoration.run(restore).then((done) => done && onRestored()),
    restoring: restoration.busy,
    restoreError: restoration.alert,
  };
}
