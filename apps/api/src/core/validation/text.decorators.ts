import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Control characters (other than tab and newlines in multi-line text) have no place in what people type. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const NO_LINE_BREAKS = /^[^\r\n]*$/;

/** A single line of human text: trimmed, not empty, bounded, no control characters or line breaks. */
export function IsSingleLineText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: 'must be text' }),
    IsNotEmpty({ message: 'must not be empty' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
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
    IsEmail({ allow_display_name: false, allow_ip_domain: false }, { message: 'must be an email address, e.g. name@example.org' }),
  );
}
