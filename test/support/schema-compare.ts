// Compares types of our running schema with Mobilizon's reference schema (read from ../shared):
// kinds, fields, field types with nullability, arguments with their order and defaults, enum
// values, implemented interfaces and input fields. Answers a list of readable differences.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export interface CompareOptions {
  /** Fields of the reference we leave out, by type (`{ Event: ['conversations'] }`): a difference if ours has one. */
  omitFields?: Record<string, string[]>;
  /**
   * Also compare every type reached from the compared ones (through fields and arguments), except
   * these. Default: referenced types are only checked to exist with the same kind.
   */
  deep?: { except: string[] };
}

const kind = (type: GraphQLNamedType | undefined | null) => type?.constructor.name ?? 'missing';

function describeArgs(args: readonly (GraphQLArgument | GraphQLInputField)[]): string {
  return args.map((a) => `${a.name}: ${a.type}${a.defaultValue === undefined ? '' : ` = ${JSON.stringify(a.defaultValue)}`}`).join(', ');
}

/** Differences between one field of ours and the reference's (type, then arguments). */
export function compareField(where: string, actual: GraphQLField<unknown, unknown>, expected: GraphQLField<unknown, unknown>): string[] {
  const differences: string[] = [];
  if (String(actual.type) !== String(expected.type)) differences.push(`${where}: ${actual.type} instead of ${expected.type}`);
  const mine = describeArgs(actual.args);
  const theirs = describeArgs(expected.args);
  if (mine !== theirs) differences.push(`${where} arguments (${mine}) instead of (${theirs})`);
  return differences;
}

/** Compares the named types; answers one line per difference (empty when they match). */
export function compareTypes(actual: GraphQLSchema, reference: GraphQLSchema, names: string[], options: CompareOptions = {}): string[] {
  const differences: string[] = [];
  const compared = new Set<string>();
  const referenced = new Set<string>();
  const queue = [...names];

  const reach = (type: GraphQLNamedType) => {
    if (type.name.startsWith('__')) return;
    referenced.add(type.name);
    if (options.deep && !options.deep.except.includes(type.name)) queue.push(type.name);
  };

  while (queue.length > 0) {
    const name = queue.shift()!;
    if (compared.has(name)) continue;
    compared.add(name);
    const expected = reference.getType(name);
    const mine = actual.getType(name);
    if (!expected) {
      differences.push(`${name} is not in the reference schema`);
      continue;
    }
    if (!mine || mine.constructor !== expected.constructor) {
      differences.push(`${name}: ${kind(mine)} instead of ${kind(expected)}`);
      continue;
    }
    const omitted = new Set(options.omitFields?.[name] ?? []);

    if (isEnumType(expected) && isEnumType(mine)) {
      const values = (t: typeof expected) =>
        t
          .getValues()
          .map((v) => v.name)
          .sort()
          .join(',');
      if (values(mine) !== values(expected)) differences.push(`${name} values ${values(mine)} instead of ${values(expected)}`);
    }

    if ((isObjectType(expected) || isInterfaceType(expected)) && (isObjectType(mine) || isInterfaceType(mine))) {
      const interfaces = (t: typeof expected) =>
        t
          .getInterfaces()
          .map((i) => i.name)
          .sort()
          .join(',');
      if (interfaces(mine) !== interfaces(expected))
        differences.push(`${name} implements [${interfaces(mine)}] instead of [${interfaces(expected)}]`);
      const myFields = mine.getFields();
      // A stale omission would hide the field from the comparison: once it exists, compare it.
      for (const fieldName of omitted) {
        if (myFields[fieldName]) differences.push(`${name}.${fieldName} exists but is omitted from the comparison`);
      }
      for (const [fieldName, field] of Object.entries(expected.getFields())) {
        if (omitted.has(fieldName)) continue;
        const own = myFields[fieldName];
        if (!own) {
          differences.push(`${name}.${fieldName} missing`);
          continue;
        }
        differences.push(...compareField(`${name}.${fieldName}`, own, field));
        reach(getNamedType(field.type));
        for (const arg of field.args) reach(getNamedType(arg.type));
      }
      for (const fieldName of Object.keys(myFields)) {
        if (!expected.getFields()[fieldName]) differences.push(`${name}.${fieldName} is not in the reference schema`);
      }
    }

    if (isInputObjectType(expected) && isInputObjectType(mine)) {
      const myFields = mine.getFields();
      for (const [fieldName, field] of Object.entries(expected.getFields())) {
        const own = myFields[fieldName];
        if (!own) {
          differences.push(`${name}.${fieldName} missing`);
          continue;
        }
        const a = describeArgs([own]);
        const b = describeArgs([field]);
        if (a !== b) differences.push(`${name}.${a} instead of ${b}`);
        reach(getNamedType(field.type));
      }
      for (const fieldName of Object.keys(myFields)) {
        if (!expected.getFields()[fieldName]) differences.push(`${name}.${fieldName} is not in the reference schema`);
      }
    }

    if (isUnionType(expected) && isUnionType(mine)) {
      const members = (t: typeof expected) =>
        t
          .getTypes()
          .map((m) => m.name)
          .sort()
          .join(',');
      if (members(mine) !== members(expected)) differences.push(`${name} members ${members(mine)} instead of ${members(expected)}`);
    }
  }

  // Types we only reach: they must exist with the kind the reference gives them.
  for (const name of referenced) {
    if (compared.has(name)) continue;
    const expected = reference.getType(name);
    const mine = actual.getType(name);
    if (!mine || !expected || mine.constructor !== expected.constructor)
      differences.push(`${name} (referenced): ${kind(mine)} instead of ${kind(expected)}`);
  }
  return differences;
}

/** Compares root fields (`Query`/`Mutation` of ours vs `RootQueryType`/`RootMutationType`). */
export function compareRootFields(
  actual: GraphQLSchema,
  reference: GraphQLSchema,
  operation: 'query' | 'mutation',
  names: string[],
): string[] {
  const mine = (operation === 'query' ? actual.getQueryType() : actual.getMutationType())?.getFields() ?? {};
  const theirs = (operation === 'query' ? reference.getQueryType() : reference.getMutationType())?.getFields() ?? {};
  const differences: string[] = [];
  for (const name of names) {
    if (!theirs[name]) differences.push(`${operation} ${name} is not in the reference schema`);
    else if (!mine[name]) differences.push(`${operation} ${name} missing`);
    else differences.push(...compareField(`${operation} ${name}`, mine[name], theirs[name]));
  }
  return differences;
}
