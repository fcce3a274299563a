import escapeHtml from 'escape-html';
import { compileMailing, MergeValues, RecipientLinks, unknownMergeFieldMessage, unknownMergeFields } from './mail-rendering';

const AMINA: MergeValues = { firstName: 'Amina', lastName: 'Diallo', email: 'amina@example.org', organisationName: 'Waging Peace' };
const LINKS: RecipientLinks = { unsubscribeUrl: 'https://crm.example/api/public/unsubscribe?token=abc&x=1', preferencesUrl: 'https://crm.example/preferences?token=abc' };
const HOSTILE = ['<script>alert(1)</script>', '**bold**', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', '" onmouseover="alert(1)'];

function render(body: string, values: Partial<MergeValues> = {}, options: { subject?: string; language?: string; links?: Partial<RecipientLinks> } = {}) {
  return compileMailing({ subject: options.subject ?? 'Act now', body }, options.language ?? 'en', { listName: 'Action alerts' }).render(
    { ...AMINA, ...values },
    { ...LINKS, ...options.links },
  );
}

/** The body of the HTML part (what the reader sees), without the layout around it. */
function content(html: string): string {
  const start = html.indexOf('<td lang=');
  return html.slice(html.indexOf('>', start) + 1, html.indexOf('</td>', start));
}

describe(compileMailing.name, () => {
  describe('merge fields', () => {
    it('should fill every merge field, with spaces inside the braces tolerated', () => {
      const { html, text } = render('{{firstName}}|{{ lastName }}|{{fullName}}|{{email}}|{{  organisationName  }}');
      expect(content(html)).toContain('Amina|Diallo|Amina Diallo|amina@example.org|Waging Peace');
      expect(text).toContain('Amina|Diallo|Amina Diallo|amina@example.org|Waging Peace');
    });

    it('should render a missing organisation as empty text', () => {
      const { html, text } = render('Dear {{firstName}} of {{organisationName}}.', { organisationName: null });
      expect(content(html)).toContain('Dear Amina of .');
      expect(text).toContain('Dear Amina of .');
      expect(html).not.toContain('null');
    });

    it.each(HOSTILE)('should show the name %s as literal text in the HTML and as is in the text part', (name) => {
      const { html, text } = render('Dear {{firstName}}, **act** on [this](https://alliance.example/act).', { firstName: name });
      expect(content(html)).toContain(`<p style="margin:0 0 16px">Dear ${escapeHtml(name)}, <strong>act</strong> on`);
      expect(html).not.toMatch(/<script|<img src=x|href="javascript|onmouseover="/);
      expect(html).not.toContain('<strong>bold</strong>');
      expect(text).toContain(`Dear ${name}, act on this (https://alliance.example/act).`);
    });

    it('should escape merged values in the HTML exactly', () => {
      const { html } = render('Dear {{firstName}}.', { firstName: '<b>A & "B"</b>' });
      expect(content(html)).toContain('Dear &lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;.');
    });

    it('should percent-encode values merged into a link, so they cannot change where it leads', () => {
      const { html } = render('[Sign](https://alliance.example/sign?email={{email}}&name={{firstName}})', { firstName: 'A&b=c" x' });
      expect(html).toContain('href="https://alliance.example/sign?email=amina%40example.org&amp;name=A%26b%3Dc%22%20x"');
    });

    it('should refuse to turn a link that starts with a merged value into a link', () => {
      const { html } = render('[Click]({{firstName}})', { firstName: 'javascript:alert(1)' });
      expect(content(html)).not.toContain('<a ');
      expect(html).not.toContain('href="javascript');
    });

    it('should leave a list name that looks like a merge field alone', () => {
      const mail = compileMailing({ subject: 'Hi', body: 'Hi' }, 'en', { listName: 'Alerts {{firstName}}' }).render(AMINA, LINKS);
      expect(mail.html).toContain('“Alerts {{firstName}}”');
      expect(mail.text).toContain('“Alerts {{firstName}}”');
    });
  });

  describe('unknownMergeFields', () => {
    it('should list unknown merge fields once each, in order', () => {
      expect(unknownMergeFields('Hi {{firstName}} {{foo}} {{ bar }} {{foo}} {{ email }}')).toEqual(['foo', 'bar']);
      expect(unknownMergeFields('Hi {{firstName}}, {{fullName}}')).toEqual([]);
      expect(unknownMergeFields('{{first name}} {{*firstName*}}')).toEqual(['first name', '*firstName*']);
    });

    it('should say which fields exist', () => {
      expect(unknownMergeFieldMessage(['foo'])).toBe(
        'unknown merge field {{foo}}; use one of {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{organisationName}}',
      );
    });
  });

  describe('the body', () => {
    it('should render Markdown into styled HTML', () => {
      const { html } = render('# Alert\n\nThe situation in **El Fasher** _worsens_.\n\n- one\n- two');
      expect(content(html)).toMatch(/<h1 style="[^"]+">Alert<\/h1>/);
      expect(content(html)).toContain('<strong>El Fasher</strong> <em>worsens</em>');
      expect(content(html)).toMatch(/<ul style="[^"]+">\n<li style="[^"]+">one<\/li>/);
    });

    it('should show raw HTML written in the body as text, never as markup', () => {
      const { html } = render('Hello <script>alert(1)</script> <b onclick="x()">bold</b>\n\n<iframe src="https://evil.example"></iframe>');
      expect(html).not.toMatch(/<script|<b |<iframe/);
      expect(content(html)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(content(html)).toContain('&lt;iframe src=&quot;');
    });

    it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox', '/relative/path', '&#106;avascript:alert(1)'])(
      'should drop the link to %s',
      (address) => {
        const { html } = render(`[click](${address}) <${address}>`);
        expect(content(html)).not.toContain('<a ');
        expect(html.toLowerCase()).not.toMatch(/href="(javascript|data|vbscript)/);
      },
    );

    it('should keep web and mail links', () => {
      const { html } = render('[Act](https://alliance.example/act), [write](mailto:info@alliance.example), http://alliance.example/plain');
      expect(html).toContain('href="https://alliance.example/act"');
      expect(html).toContain('href="mailto:info@alliance.example"');
      expect(html).toContain('href="http://alliance.example/plain"');
    });
  });

  describe('the subject', () => {
    it('should merge fields into the subject', () => {
      expect(render('Hi', {}, { subject: 'Act now, {{ firstName }}' }).subject).toBe('Act now, Amina');
    });

    it.each([
      ['Amina\r\nBcc: victim@example.org', 'Act now, Amina Bcc: victim@example.org'],
      ['Amina\nX-Injected: 1', 'Act now, Amina X-Injected: 1'],
      ['Amina\u0000\u0085\u2028x\t', 'Act now, Amina x'],
    ])('should turn line breaks and control characters from a merged value into a space (%j)', (name, expected) => {
      const { subject, html } = render('Hi', { firstName: name }, { subject: 'Act now, {{firstName}}' });
      expect(subject).toBe(expected);
      expect(html).toContain(`<title>${expected}</title>`);
    });

    it('should escape the subject in the HTML title', () => {
      const { subject, html } = render('Hi', { firstName: '<script>x</script>' }, { subject: 'For {{firstName}}' });
      expect(subject).toBe('For <script>x</script>');
      expect(html).toContain('<title>For &lt;script&gt;x&lt;/script&gt;</title>');
    });
  });

  describe('the layout and footer', () => {
    it('should use one responsive layout in the mail language', () => {
      const { html } = render('Hi', {}, { language: 'fr' });
      expect(html).toMatch(/^<!doctype html><html lang="fr"/);
      expect(html).toContain('max-width:600px');
      expect(html).toContain('role="presentation"');
    });

    it('should carry the unsubscribe and preferences links in English', () => {
      const { html, text } = render('Hi');
      expect(html).toContain('You receive this because you are on the list “Action alerts”.');
      expect(html).toContain('<a href="https://crm.example/api/public/unsubscribe?token=abc&amp;x=1" style="color:#1d3a5f;text-decoration:underline">Unsubscribe</a>');
      expect(html).toContain('<a href="https://crm.example/preferences?token=abc" style="color:#1d3a5f;text-decoration:underline">Manage your subscriptions</a>');
      expect(text).toContain('Unsubscribe: https://crm.example/api/public/unsubscribe?token=abc&x=1');
      expect(text).toContain('Manage your subscriptions: https://crm.example/preferences?token=abc');
    });

    it('should write the footer in French for French readers', () => {
      const { html, text } = render('Bonjour', {}, { language: 'fr' });
      expect(html).toContain('Vous recevez ce message car vous êtes inscrit·e à la liste « Action alerts ».');
      expect(html).toContain('>Se désinscrire</a>');
      expect(html).toContain('>Gérer mes abonnements</a>');
      expect(html).not.toContain('Unsubscribe');
      expect(text).toContain('Se désinscrire: https://crm.example/api/public/unsubscribe?token=abc&x=1');
    });

    it('should escape the list name', () => {
      const mail = compileMailing({ subject: 'Hi', body: 'Hi' }, 'en', { listName: 'Alerts <b>now</b>' }).render(AMINA, LINKS);
      expect(mail.html).toContain('“Alerts &lt;b&gt;now&lt;/b&gt;”');
    });
  });

  describe('tracking', () => {
    it('should add no pixel and wrap no link unless asked', () => {
      const { html } = render('[Act](https://alliance.example/act)');
      expect(html).not.toContain('<img');
      expect(html).toContain('href="https://alliance.example/act"');
    });

    it('should add the pixel and wrap body web links (not mailto, not the footer) when asked', () => {
      const trackClick = (url: string) => `https://crm.example/t/c?u=${encodeURIComponent(url)}`;
      const { html, text } = render('[Act](https://alliance.example/act?n={{firstName}}) [write](mailto:info@alliance.example)', {}, {
        links: { openPixelUrl: 'https://crm.example/t/o.gif?d=1&e=2', trackClick },
      });
      expect(text).toContain('Act (https://alliance.example/act?n=Amina)');
      expect(text).not.toContain('crm.example/t/');
      expect(html).toContain('href="https://crm.example/t/c?u=https%3A%2F%2Falliance.example%2Fact%3Fn%3DAmina"');
      expect(html).toContain('href="mailto:info@alliance.example"');
      expect(html).toContain('href="https://crm.example/api/public/unsubscribe?token=abc&amp;x=1"');
      expect(html).toContain('<img src="https://crm.example/t/o.gif?d=1&amp;e=2" width="1" height="1" alt=""');
    });
  });

  describe('the plain-text part', () => {
    it('should write headings, paragraphs, lists, quotes and links as plain text', () => {
      const { text } = render(
        '# Alert for {{firstName}}\n\nThe situation **worsens** in _El Fasher_.\n\n- Call [your MP](https://parliament.example/mp)\n- Write\n  - nested\n\n1. one\n2. two\n\n> quoted\n>\n> twice\n\nSee https://alliance.example/act.',
      );
      expect(text.split('\n\n-- \n')[0]).toBe(
        [
          'Alert for Amina',
          '',
          'The situation worsens in El Fasher.',
          '',
          '- Call your MP (https://parliament.example/mp)',
          '- Write',
          '  - nested',
          '',
          '1. one',
          '2. two',
          '',
          '> quoted',
          '>',
          '> twice',
          '',
          'See https://alliance.example/act.',
        ].join('\n'),
      );
    });

    it('should keep merged values unescaped', () => {
      expect(render('Dear {{fullName}}', { lastName: 'O’Brien & <Sons>' }).text).toContain('Dear Amina O’Brien & <Sons>');
    });
  });

  it('should render many recipients from one compiled translation quickly', () => {
    const mail = compileMailing({ subject: 'Act now, {{firstName}}', body: '# Alert\n\n'.concat('Dear {{firstName}}, [act](https://alliance.example/act?e={{email}}).\n\n'.repeat(20)) }, 'en');
    const started = performance.now();
    let bytes = 0;
    for (let index = 0; index < 5_000; index++) {
      bytes += mail.render({ ...AMINA, firstName: `Amina ${index}` }, LINKS).html.length;
    }
    expect(bytes).toBeGreaterThan(5_000 * 1_000);
    // The sending pipeline needs well over 1,000 mails a second per worker; rendering must not be the limit.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
