import { Language } from '@alliance/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { renderWithProviders } from '../../../test/render';
import { aProgress } from '../testing/mailing-fixtures';
import { handledPercent, MailingProgress } from './MailingProgress';

/** The figures as a reader gets them from the description list: label → value. */
function figures(): Record<string, string> {
  const terms = screen.getAllByRole('term');
  const values = screen.getAllByRole('definition');
  return Object.fromEntries(terms.map((term, index) => [term.textContent, values[index]?.textContent]));
}

const halfway = aProgress({ total: 1234, queued: 617, sent: 580, failed: 3, bounced: 2, suppressed: 12, unsubscribed: 9, noConsent: 7, unknown: 4, cancelled: 0 });

describe('MailingProgress', () => {
  it('should show the share of recipients handled on the bar and in words, and every figure', async () => {
    renderWithProviders(
      <main>
        <MailingProgress progress={halfway} status="SENDING" />
      </main>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Sending progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(bar).toHaveAttribute('aria-valuetext', '50% · 617 of 1,234 recipients handled');
    expect(figures()).toEqual({
      Waiting: '617',
      Sent: '580',
      Failed: '3',
      Bounced: '2',
      Suppressed: '12',
      Unsubscribed: '9',
      'No consent': '7',
      Unknown: '4',
      Cancelled: '0',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Sending: 50% handled');
    document.title = 'Mailing';
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should reach 100% only when no delivery is waiting, and show opens and clicks when tracked', () => {
    renderWithProviders(
      <MailingProgress
        progress={aProgress({ total: 1234, queued: 0, sent: 1200, failed: 4, suppressed: 30, opened: 640, clicked: 85 })}
        status="FINISHED"
      />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(figures()).toMatchObject({ Sent: '1,200', Opened: '640', Clicked: '85' });
    expect(screen.getByRole('status')).toHaveTextContent('Finished: 100% handled');
  });

  it('should write the figures the French way for a French reader', () => {
    renderWithProviders(<MailingProgress progress={halfway} status="PAUSED" />, { language: Language.FR });
    const bar = screen.getByRole('progressbar', { name: 'Avancement de l’envoi' });
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^50 % · 617 destinataires traités sur 1\s234$/u);
    expect(figures()).toMatchObject({ Envoyés: '580', 'Sans consentement': '7' });
  });
});

describe(handledPercent.name, () => {
  it('should round down, so that 99.9% handled never reads as done', () => {
    expect(handledPercent(aProgress({ total: 1000, queued: 1 }), 'SENDING')).toBe(99);
    expect(handledPercent(aProgress({ total: 3, queued: 1 }), 'SENDING')).toBe(66);
  });

  it('should count a finished mailing with no recipient as done, and one not started as not', () => {
    expect(handledPercent(aProgress(), 'FINISHED')).toBe(100);
    expect(handledPercent(aProgress(), 'SENDING')).toBe(0);
  });
});
