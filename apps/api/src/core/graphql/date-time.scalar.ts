import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A date-time given as text, refused unless every part exists (no 30 February, no hour 25), as `Date` would roll it over. */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) throw new GraphQLError('must be a date and time like 2026-01-31T14:30:00Z');
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.map((part) => part ?? undefined);
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHours) < 24 &&
    Number(offsetMinutes) < 60;
  if (!exists) throw new GraphQLError(`${value as string} is not a date and time that exists`);
  return new Date(value as string);
}

/** The API's `DateTime`: ISO 8601 text with a time zone, strictly checked on the way in, UTC ISO text on the way out. */
export const StrictDateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date and time, in ISO 8601 with a time zone, e.g. 2026-01-31T14:30:00Z.',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('must be a date and time like 2026-01-31T14:30:00Z');
    return parseDateTime(ast.value);
  },
});

/** Used wherever the schema is built, so the served and the printed schema agree. */
export const SCALARS_MAP = [{ type: Date, scalar: StrictDateTimeScalar }];
