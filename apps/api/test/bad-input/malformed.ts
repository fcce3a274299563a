import fc from 'fast-check';
import { isEnumType, isNonNullType, getNamedType } from 'graphql';
import { InputLeaf } from './schema-walk';

/**
 * refuse      BAD_USER_INPUT (from GraphQL's variable coercion or from validation), nothing written
 * too-large   the body is over the 1 MB limit: 413, nothing written
 * may-accept  a legitimate value for this position (SQL or HTML in free text, anything in a password):
 *             stored as it was sent, or refused with a 4xx-class error, never a 5xx
 */
export type Expectation = 'refuse' | 'may-accept';

export interface BadValue {
  label: string;
  value: unknown;
  expect: Expectation;
}

/** Sent in place of this marker: bytes that are not UTF-8 (an overlong "/", a lone continuation byte, 0xFF). */
export const INVALID_UTF8_MARKER = 'INVALID-UTF8-BYTES';
export const INVALID_UTF8_BYTES = Buffer.from([0xc0, 0xaf, 0x80, 0xff]);
export const BODY_LIMIT = 1_048_576;

export const SQL_FRAGMENTS = ["'; DROP TABLE contacts; --", "1' OR '1'='1", "Robert'); DELETE FROM audit_events; --"];
export const HTML_FRAGMENTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];
/** NUL, bell, backspace, escape, delete, and the right-to-left override that disguises what follows it. */
export const CONTROL_CHARACTERS = ['\u0000', '\u0007', '\u0008', '\u001B', '\u007F', '\u202E'];
export const LONE_SURROGATES = ['\uD800', '\uDFFF', 'a\uDBFFb'];
export const NOT_UUIDS = ['1', 'not-a-uuid', '00000000-0000-4000-8000-00000000000g', '6f1c9a4e-2d7b-4b8e-9c3a-1e2f3a4b5c6dx', '{6f1c9a4e-2d7b-4b8e-9c3a-1e2f3a4b5c6d}', "' OR 1=1 --", '', '../../etc/passwd'];
export const BAD_DATES = ['0000-00-00', '99999-01-01', '2026-02-30', '2026-13-01', '0000-01-01', '2026-02-29', '2026-1-1', '20260101', '2026-06-01T00:00:00Z', '', 'yesterday'];
/** Dates the DateTime scalar turns into a valid JavaScript Date that is no sensible date for a record. */
export const BAD_DATE_TIMES = ['0000-00-00', '99999-01-01', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '0000-01-01T00:00:00Z', '2026-13-01T00:00:00Z', '1e9', '', 'yesterday'];
/** A DateTime that rolls over to another day (30 February is 2 March) instead of being refused. */
export const ROLLING_DATE_TIMES = ['2026-02-30', '2026-02-30T10:00:00Z', '2026-04-31T00:00:00Z'];
export const HUGE_NUMBERS = [-1, -2_147_483_649, 2_147_483_648, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 0.5];

const numbers = fc.oneof(fc.constantFrom(...HUGE_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
/** Values of the wrong JSON type for a string position (an object for a string, a list of objects...). */
const notAString = fc.oneof(
  numbers.map((value) => ({ label: `number ${value}`, value })),
  fc.constantFrom({ label: 'boolean', value: true }, { label: 'object', value: { a: 'x' } }, { label: 'empty object', value: {} }, { label: 'list of objects', value: [{}] }, { label: 'nested list', value: [['x']] }),
);

const valueIn = (leaf: InputLeaf, text: string): unknown => (leaf.listOfScalars ? [text] : text);
/** Something valid-looking around the bad part, so only the bad part is wrong. */
const around = (bad: string) => fc.constantFrom(bad, `Fuzz${bad}name`, `${bad}Fuzz`);

function stringCases(leaf: InputLeaf, acceptsText: boolean, acceptsAnything: boolean): fc.Arbitrary<BadValue>[] {
  const lenient: Expectation = acceptsAnything ? 'may-accept' : 'refuse';
  const fragments: Expectation = acceptsText || acceptsAnything ? 'may-accept' : 'refuse';
  return [
    fc.constantFrom(...CONTROL_CHARACTERS).chain(around).map((text) => ({ label: `control character ${JSON.stringify(text)}`, value: valueIn(leaf, text), expect: lenient })),
    fc.constantFrom(...LONE_SURROGATES).chain(around).map((text) => ({ label: `lone surrogate ${JSON.stringify(text)}`, value: valueIn(leaf, text), expect: lenient })),
    around(INVALID_UTF8_MARKER).map((text) => ({ label: 'invalid UTF-8 bytes', value: valueIn(leaf, text), expect: lenient })),
    fc.constantFrom(...SQL_FRAGMENTS, ...HTML_FRAGMENTS).map((text) => ({ label: `fragment ${text}`, value: valueIn(leaf, text), expect: fragments })),
    // Over every field's length limit; over 1 MB with the rest of the body, the answer is 413.
    fc.integer({ min: 100_001, max: 1_100_000 }).map((length) => ({ label: `string of ${length} characters`, value: valueIn(leaf, 'x'.repeat(length)), expect: 'refuse' })),
  ];
}

/** The malformed values for a position: wrong types for all, then what is wrong for its kind. */
export function badValuesFor(leaf: InputLeaf): fc.Arbitrary<BadValue> {
  const cases: fc.Arbitrary<BadValue>[] = [];
  const refuse = (label: string, value: unknown): BadValue => ({ label, value, expect: 'refuse' });
  if (!leaf.nullable) cases.push(fc.constant(refuse('null for a required value', null)));
  const named = getNamedType(leaf.type);
  switch (leaf.kind) {
    case 'object':
      cases.push(fc.constantFrom(refuse('string for an object', 'x'), refuse('number for an object', 42), refuse('list for an object', [1, 2]), refuse('boolean for an object', true)));
      break;
    case 'list':
      cases.push(fc.constantFrom(refuse('string for a list', 'x'), refuse('number for a list', 7), refuse('list of lists', [[{}]])));
      cases.push(fc.integer({ min: 51, max: 5000 }).map((count) => refuse(`list of ${count} empty objects`, Array.from({ length: count }, () => ({})))));
      break;
    case 'boolean':
      cases.push(fc.constantFrom(refuse('string "true"', 'true'), refuse('number 1', 1), refuse('object', {}), refuse('string "yes"', 'yes')));
      break;
    case 'number':
      cases.push(numbers.map((value) => refuse(`number ${value}`, value)));
      break;
    case 'enum': {
      const values = isEnumType(named) ? named.getValues().map((value) => value.name) : [];
      cases.push(
        fc.constantFrom(refuse('unknown value', 'NOT_A_VALUE'), refuse('empty', ''), refuse('prototype key', '__proto__'), refuse('number', 3), refuse('object', { value: values[0] })),
        fc.constantFrom(...values).map((value) => refuse(`${value} in lower case`, value.toLowerCase())),
        fc.constantFrom(...values).map((value) => refuse(`${value} with a space`, `${value} `)),
      );
      break;
    }
    case 'id':
      cases.push(fc.constantFrom(...NOT_UUIDS).map((text) => refuse(`not a UUID ${JSON.stringify(text)}`, valueIn(leaf, text))));
      cases.push(fc.string({ maxLength: 40 }).map((text) => refuse(`not a UUID ${JSON.stringify(text)}`, valueIn(leaf, text))));
      cases.push(...stringCases(leaf, false, false));
      cases.push(fc.constantFrom(refuse('object', { id: 'x' }), refuse('boolean', true), refuse('list of objects', [{}])));
      break;
    case 'date':
      cases.push(fc.constantFrom(...BAD_DATES).map((text) => refuse(`date ${JSON.stringify(text)}`, text)));
      cases.push(...stringCases(leaf, false, false), notAString.map(({ label, value }) => refuse(label, value)));
      break;
    case 'datetime':
      cases.push(fc.constantFrom(...BAD_DATE_TIMES).map((text) => refuse(`date and time ${JSON.stringify(text)}`, text)));
      // Not numbers or booleans: the DateTime scalar reads them as milliseconds since 1970 (a known bug).
      cases.push(...stringCases(leaf, false, false), fc.constantFrom(refuse('object', { a: 1 }), refuse('list of objects', [{}])));
      break;
    case 'text':
    case 'formatted':
    case 'opaque':
      cases.push(...stringCases(leaf, leaf.kind === 'text', leaf.kind === 'opaque'));
      cases.push(notAString.map(({ label, value }) => refuse(label, value)));
      if (leaf.listOfScalars) cases.push(fc.integer({ min: 51, max: 5000 }).map((count) => refuse(`list of ${count} items`, Array.from({ length: count }, (_, i) => `item${i}`))));
      break;
  }
  if (isNonNullType(leaf.type) && leaf.kind === 'enum') cases.push(fc.constant(refuse('missing enum (null)', null)));
  return fc.oneof(...cases);
}

/** One example of each family for the position, tried before the random runs. */
export function exampleValuesFor(leaf: InputLeaf): BadValue[] {
  const refuse = (label: string, value: unknown): BadValue => ({ label, value, expect: 'refuse' });
  switch (leaf.kind) {
    case 'object':
      return [refuse('string for an object', 'x')];
    case 'list':
      return [refuse('number for a list', 7)];
    case 'boolean':
      return [refuse('string "true"', 'true')];
    case 'number':
      return [refuse('huge number', 2 ** 53 + 2)];
    case 'enum':
      return [refuse('unknown value', 'NOT_A_VALUE')];
    case 'id':
      return [refuse('not a UUID', valueIn(leaf, 'not-a-uuid')), refuse('object for an id', leaf.listOfScalars ? [{ a: 1 }] : { a: 1 })];
    case 'date':
      return BAD_DATES.slice(0, 3).map((text) => refuse(`date ${text}`, text));
    case 'datetime':
      return BAD_DATE_TIMES.slice(0, 4).map((text) => refuse(`date and time ${text}`, text));
    default: {
      const text: Expectation = leaf.kind === 'opaque' ? 'may-accept' : 'refuse';
      const fragments: Expectation = leaf.kind === 'formatted' ? 'refuse' : 'may-accept';
      return [
        refuse('number for a string', leaf.listOfScalars ? [12] : 12),
        { label: 'NUL', value: valueIn(leaf, 'Fuzz\u0000name'), expect: text },
        { label: 'right-to-left override', value: valueIn(leaf, 'Fuzz\u202Ename'), expect: text },
        { label: 'lone surrogate', value: valueIn(leaf, 'Fuzz\uD800'), expect: text },
        { label: 'SQL fragment', value: valueIn(leaf, SQL_FRAGMENTS[0]), expect: fragments },
        { label: 'HTML fragment', value: valueIn(leaf, HTML_FRAGMENTS[0]), expect: fragments },
        refuse('string of 1 MB', valueIn(leaf, 'x'.repeat(BODY_LIMIT))),
      ];
    }
  }
}
