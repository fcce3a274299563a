import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** What a value at an input position is meant to be, which decides what counts as malformed there. */
export type LeafKind =
  | 'text' // free text: SQL or HTML in it is just text
  | 'opaque' // passwords and tokens: any text, checked by the operation itself
  | 'formatted' // an email, a country or language code, a web address, a phone number
  | 'date' // YYYY-MM-DD in a String
  | 'datetime' // the DateTime scalar
  | 'id'
  | 'enum'
  | 'boolean'
  | 'number'
  | 'list' // a list of input objects, or a list as a whole
  | 'object'; // an input object as a whole

/** One position in a mutation's arguments that a case replaces: `input.emails.0.address`. */
export interface InputLeaf {
  /** Argument name first, then field names and list indexes. */
  path: (string | number)[];
  type: GraphQLInputType;
  kind: LeafKind;
  /** The position holds a list of scalars (`tags`, `contactIds`): each item gets the bad value. */
  listOfScalars: boolean;
  nullable: boolean;
}

export interface MutationTarget {
  name: string;
  field: GraphQLField<unknown, unknown>;
  args: readonly GraphQLArgument[];
  leaves: InputLeaf[];
}

const DATE_FIELD = /(^date$|Date$|^memberSince$)/;
const OPAQUE_FIELD = /^(password|token)$/;
const FORMATTED_FIELD = /^(email|address|countryCode|preferredLanguage|languages|website|number)$/;

/** The kind of a scalar or enum position, from its type and field name. */
function kindOf(named: GraphQLNamedInputType, fieldName: string): LeafKind {
  if (isEnumType(named)) return 'enum';
  switch (named.name) {
    case 'ID':
      return 'id';
    case 'Boolean':
      return 'boolean';
    case 'Int':
    case 'Float':
      return 'number';
    case 'DateTime':
      return 'datetime';
  }
  if (DATE_FIELD.test(fieldName)) return 'date';
  if (OPAQUE_FIELD.test(fieldName)) return 'opaque';
  if (FORMATTED_FIELD.test(fieldName)) return 'formatted';
  return 'text';
}

/** Every position of an argument, depth first: the object or list itself, then what is inside. */
function leavesOf(type: GraphQLInputType, path: (string | number)[], fieldName: string, seen: Set<string>): InputLeaf[] {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  if (isListType(inner)) {
    const item = isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType;
    if (isInputObjectType(item)) {
      return [{ path, type, kind: 'list', listOfScalars: false, nullable }, ...leavesOf(inner.ofType, [...path, 0], fieldName, seen)];
    }
    return [{ path, type, kind: kindOf(named as GraphQLNamedInputType, fieldName), listOfScalars: true, nullable }];
  }
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    const nested = new Set(seen).add(named.name);
    return [
      { path, type, kind: 'object', listOfScalars: false, nullable },
      ...Object.values(named.getFields()).flatMap((field) => leavesOf(field.type, [...path, field.name], field.name, nested)),
    ];
  }
  if (isScalarType(named) || isEnumType(named)) return [{ path, type, kind: kindOf(named, fieldName), listOfScalars: false, nullable }];
  return [];
}

/** The schema's mutations with their arguments, each argument walked down to its scalar positions. */
export function mutationTargets(schema: GraphQLSchema): MutationTarget[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fields
    .map((field) => ({ name: field.name, field, args: field.args, leaves: field.args.flatMap((arg) => leavesOf(arg.type, [arg.name], arg.name, new Set())) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `mutation ($input: CreateContactInput!) { createContact(input: $input) { __typename firstName } }` */
export function mutationDocument(target: MutationTarget, echoFields: string[] = []): string {
  const variables = target.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = target.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(target.field.type)) ? ` { __typename ${echoFields.join(' ')} }` : '';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${target.name}${call ? `(${call})` : ''}${selection} }`;
}

/**
 * The scalar fields of the mutation's result that echo a top-level input field of the same name
 * (`createContact { firstName }` for `input.firstName`), to check accepted text comes back verbatim.
 */
export function echoField(target: MutationTarget, leaf: InputLeaf): string | null {
  if (leaf.path.length !== 2 || typeof leaf.path[1] !== 'string') return null;
  const result = getNamedType(target.field.type);
  if (!('getFields' in result) || isInputObjectType(result)) return null;
  const field = (result.getFields() as Record<string, GraphQLField<unknown, unknown>>)[leaf.path[1]];
  return field && isScalarType(getNamedType(field.type)) && field.args.length === 0 ? field.name : null;
}

/** A value that passes the API's validation for a required position with no baseline value. */
export function plausibleValue(type: GraphQLInputType, fieldName: string, someId: string): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType, fieldName, someId);
  if (isListType(type)) return [plausibleValue(type.ofType, fieldName, someId)];
  if (isEnumType(type)) return type.getValues()[0].name; // variables carry the enum value's name, not its internal value
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, plausibleValue(field.type, field.name, someId)]));
  }
  switch (kindOf(type as GraphQLNamedInputType, fieldName)) {
    case 'id':
      return someId;
    case 'boolean':
      return false;
    case 'number':
      return 1;
    case 'datetime':
      return '2026-06-01T09:00:00Z';
    case 'date':
      return '2026-06-01';
    case 'formatted':
      return /address|email/.test(fieldName) ? 'fuzz@example.org' : fieldName === 'number' ? '+41 22 917 12 34' : 'SD';
    default:
      return 'Fuzz';
  }
}

const unwrap = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

function childTypeOf(type: GraphQLInputType | undefined, segment: string | number): GraphQLInputType | undefined {
  const inner = type && unwrap(type);
  if (inner && isListType(inner)) return inner.ofType;
  if (inner && isInputObjectType(inner)) return inner.getFields()[String(segment)]?.type;
  return undefined;
}

/** A copy of the variables with the value at the leaf's path replaced, creating valid parents on the way. */
export function withValueAt(
  variables: Record<string, unknown>,
  leaf: InputLeaf,
  value: unknown,
  argumentTypes: Map<string, GraphQLInputType>,
  someId: string,
): Record<string, unknown> {
  const copy = structuredClone(variables) as Record<string | number, unknown>;
  let container = copy;
  let type = argumentTypes.get(String(leaf.path[0]));
  for (let index = 0; index < leaf.path.length - 1; index++) {
    const segment = leaf.path[index];
    const current = container[segment];
    if (current === undefined || current === null || typeof current !== 'object') {
      container[segment] = type ? plausibleValue(type, String(segment), someId) : {};
    }
    container = container[segment] as Record<string | number, unknown>;
    type = childTypeOf(type, leaf.path[index + 1]);
  }
  container[leaf.path[leaf.path.length - 1]] = value;
  return copy;
}

/** `input.emails.0.address` as validation names it (without the argument): `emails.0.address`. */
export const fieldPath = (leaf: InputLeaf): string => leaf.path.slice(1).join('.');

/** As GraphQL's variable coercion names it: `input.emails[0].address`. */
export const variablePath = (leaf: InputLeaf): string =>
  leaf.path.reduce<string>((text, segment, index) => (index === 0 ? String(segment) : typeof segment === 'number' ? `${text}[${segment}]` : `${text}.${segment}`), '');
