/** A country code read from the address, if it looks like one (ISO 3166-1 alpha-2). */
export function countryCodeParam(value: string | null): string | null {
  return value && /^[A-Z]{2}$/.test(value) ? value : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id read from the address, if it looks like one. */
export function idParam(value: string | null): string | null {
  return value && UUID.test(value) ? value : null;
}
