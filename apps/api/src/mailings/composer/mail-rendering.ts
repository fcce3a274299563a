/** What merge fields a recipient fills: {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{organisationName}}. */
export interface MergeValues {
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string | null;
}

/** Per-recipient links the layout carries (the footer's unsubscribe and preferences; tracking only when on). */
export interface RecipientLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** Open tracking pixel; only when the mailing tracks. */
  openPixelUrl?: string;
  /** Wraps a link for click tracking; only when the mailing tracks. */
  trackClick?: (url: string) => string;
}

export interface RenderedMailing {
  subject: string;
  html: string;
  text: string;
}

/** A translation parsed once (Markdown to HTML) and merged cheaply per recipient. */
export interface CompiledMailing {
  render(values: MergeValues, links: RecipientLinks): RenderedMailing;
}

export function compileMailing(translation: { subject: string; body: string }, language: string): CompiledMailing {
  void translation;
  void language;
  throw new Error('not implemented yet');
}
