import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useRef } from 'react';

/** What the API accepts (it checks the bytes too): offered first by the browser's file dialog. */
export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg,.webp,.txt,.md,.markdown,.csv';

export interface FileChooserButtonProps {
  label: string;
  onChoose: (file: File) => void;
  loading?: boolean;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
}

/** A button that opens the browser's file dialog and hands over the file chosen. */
export function FileChooserButton({ label, onChoose, loading, disabled, variant = 'outlined' }: FileChooserButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant={variant} loading={loading} disabled={disabled} startIcon={<UploadFileOutlined aria-hidden />} onClick={() => input.current?.click()}>
        {label}
      </Button>
      {/* The button is what people reach and press; the input only opens the file dialog. */}
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden
        accept={ACCEPTED_FILES}
        data-file-chooser={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) is noticed.
          event.target.value = '';
          if (file) onChoose(file);
        }}
      />
    </>
  );
}
