// Variables an operation can run with, for measuring it: every page size at the largest the
// server returns, and a plain value of the right type for each other required variable.
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';

const SCALARS: Record<string, unknown> = {
  Int: 1,
  Float: 1,
  Boolean: false,
  UUID: '00000000-0000-4000-8000-000000000000',
  DateTime: '2030-01-01T00:00:00Z',
  Point: '2.35;48.85',
  Timezone: 'Europe/Paris',
  Upload: { filename: 'a.png', mimetype: 'image/png', bytes: Buffer.from('') },
};

function sampleOf(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sampleOf(f.type)]));
  }
  return isScalarType(t) ? (SCALARS[t.name] ?? '1') : null;
}

export function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, pageSize: number): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as TypeNode & { kind: never }) as GraphQLInputType | undefined;
    if (!type) continue;
    if (/limit$/i.test(name)) variables[name] = pageSize;
    else if (isNonNullType(type) && !definition.defaultValue) variables[name] = sampleOf(type);
  }
  return variables;
}
