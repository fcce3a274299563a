import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, isEmail, IsISO8601, IsNotEmpty, IsString, IsUrl, Matches, MaxDate, MaxLength, MinDate, ValidateBy, ValidationOptions } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/**
 * Control characters (other than tab and newlines in multi-line text) have no place in what people
 * type; nor have the bidirectional embedding, override and isolate controls, which make text read
 * differently from what it is ("Trojan Source"). The marks people do type (U+200E, U+200F) stay allowed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]*$/;
const NO_LINE_BREAKS = /^[^\r\n]*$/;
/**
 * Well-formed Unicode: no lone surrogate (it cannot be stored as UTF-8 and breaks some validators) and
 * no U+FFFD, which is what bytes that were not UTF-8 were decoded to, as the CSV import refuses it.
 */
const WELL_FORMED = /^[^\p{Cs}\uFFFD]*$/u;
const WELL_FORMED_MESSAGE = 'must be valid text (UTF-8, without lone surrogates or replacement characters)';

/** Valid Unicode text (see WELL_FORMED); checked first, before validators that may choke on it. */
function IsWellFormedText(options: ValidationOptions = {}): PropertyDecorator {
  return Matches(WELL_FORMED, { message: WELL_FORMED_MESSAGE, ...options });
}

/** A single line of human text: trimmed, not empty, bounded, no control characters or line breaks. */
export function IsSingleLineText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: 'must be text' }),
    IsNotEmpty({ message: 'must not be empty' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
    IsWellFormedText(),
    Matches(NO_CONTROL_CHARACTERS, { message: 'must not contain control characters' }),
    Matches(NO_LINE_BREAKS, { message: 'must be a single line' }),
  );
}

/** An email address, trimmed; stored as typed and compared case-insensitively. */
export function IsEmailAddress(): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: 'must be an email address, e.g. name@example.org' }),
    MaxLength(254, { message: 'must be at most 254 characters' }),
    // validator's isEmail throws (URIError) on a lone surrogate: only well-formed text reaches it.
    ValidateBy(
      {
        name: 'isEmail',
        validator: { validate: (value) => typeof value === 'string' && WELL_FORMED.test(value) && isEmail(value, { allow_display_name: false, allow_ip_domain: false }) },
      },
      { message: 'must be an email address, e.g. name@example.org' },
    ),
  );
}

/** Free text of several lines (descriptions, notes): bounded, no control characters but tab and newlines. */
export function IsMultiLineText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: 'must be text' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
    IsWellFormedText(),
    Matches(NO_CONTROL_CHARACTERS, { message: 'must not contain control characters' }),
  );
}

/** A short list of short labels (tags, focus areas): trimmed, de-duplicated, each a single line. */
export function IsLabelList(maxItems: number, maxLength: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) =>
      Array.isArray(value) ? [...new Set(value.map((item) => (typeof item === 'string' ? item.trim() : item)))] : value,
    ),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(maxItems, { message: `must have at most ${maxItems} items` }),
    IsString({ each: true, message: 'must contain only text' }),
    IsNotEmpty({ each: true, message: 'must not contain empty items' }),
    MaxLength(maxLength, { each: true, message: `must contain items of at most ${maxLength} characters` }),
    IsWellFormedText({ each: true }),
    Matches(NO_CONTROL_CHARACTERS, { each: true, message: 'must not contain control characters' }),
    Matches(NO_LINE_BREAKS, { each: true, message: 'must contain single-line items' }),
  );
}

/** An http(s) web address. */
export function IsWebAddress(): PropertyDecorator {
  return applyDecorators(
    trim,
    MaxLength(500, { message: 'must be at most 500 characters' }),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be a web address starting with https:// or http://' }),
  );
}

/** An ISO 3166-1 alpha-2 country code; whether it exists is checked against the countries table. */
export function IsCountryCode(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    IsString({ message: 'must be a two-letter country code, e.g. "SD"' }),
    Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter country code, e.g. "SD"' }),
  );
}

/** A calendar date as YYYY-MM-DD (no time, no zone): when a position started, when membership began. */
export function IsCalendarDate(): PropertyDecorator {
  return applyDecorators(
    IsString({ message: 'must be a date like 2026-01-31' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-01-31' }),
    IsISO8601({ strict: true }, { message: 'must be a date like 2026-01-31' }),
  );
}

/** Years a record can sensibly carry: four digits, as ISO 8601, the database and calendar files expect. */
const EARLIEST_DATE_TIME = new Date('1000-01-01T00:00:00.000Z');
const LATEST_DATE_TIME = new Date('9999-12-31T23:59:59.999Z');

/** A DateTime argument: a valid date between the years 1000 and 9999 (the database refuses some others). */
export function IsDateTime(message: string): PropertyDecorator {
  return applyDecorators(
    Type(() => Date),
    IsDate({ message }),
    MinDate(EARLIEST_DATE_TIME, { message: `${message}, between the years 1000 and 9999` }),
    MaxDate(LATEST_DATE_TIME, { message: `${message}, between the years 1000 and 9999` }),
  );
}
