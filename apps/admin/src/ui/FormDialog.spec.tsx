import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FormDialog } from './FormDialog';

describe('FormDialog', () => {
  it('should submit only its own form when opened from inside another form', async () => {
    const outerSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const dialogSubmit = vi.fn();
    render(
      <form onSubmit={outerSubmit} aria-label="Log a meeting">
        <FormDialog title="Upload a file" alert={null} submitting={false} submitLabel="Upload" submittingLabel="Uploading…" onSubmit={dialogSubmit} onClose={() => undefined}>
          <input aria-label="Title" />
        </FormDialog>
      </form>,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Upload' }));

    expect(dialogSubmit).toHaveBeenCalledTimes(1);
    expect(outerSubmit).not.toHaveBeenCalled();
  });
});
