import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import { Args, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Query, Resolver } from '@nestjs/graphql';
import { buildSchema, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { AddressInput, AddressObject, PointScalar, parsePoint } from './address.graphql.js';

describe('PointScalar', () => {
  it('reads "lon;lat" into a normalized string', () => {
    expect(PointScalar.parseValue('4.8425657;45.7517141')).toBe('4.8425657;45.7517141');
    expect(PointScalar.parseValue(' -0.5 ; +45.0 ')).toBe('-0.5;45');
    expect(parsePoint('-180;-90')).toEqual({ lon: -180, lat: -90 });
  });

  // The cases of the domain's copy of this parser (removed: nothing but its test called it).
  it.each([
    ['2.35;48.85', { lon: 2.35, lat: 48.85 }],
    ['-73.98;40.75', { lon: -73.98, lat: 40.75 }],
    ['200;10', null],
    ['1;95', null],
    ['1,2', null],
    [';', null],
    ['abc;def', null],
  ])('parses the point %j', (value, expected) => {
    expect(parsePoint(value)).toEqual(expected);
  });

  it('refuses anything but two plain numbers on Earth', () => {
    for (const bad of [
      '',
      ';',
      '4.8',
      '4.8;45;1',
      '181;0',
      '0;90.5',
      'abc;1',
      '1e2;3',
      'Infinity;0',
      '0x10;1',
      '1;',
      45,
      null,
      { lon: 1, lat: 2 },
    ]) {
      expect(() => PointScalar.parseValue(bad)).toThrow(/Point must be/);
    }
  });

  it('writes strings and { lon, lat } objects, and refuses to write a wrong point', () => {
    expect(PointScalar.serialize('4.84;45.75')).toBe('4.84;45.75');
    expect(PointScalar.serialize({ lon: 4.84, lat: 45.75 })).toBe('4.84;45.75');
    expect(() => PointScalar.serialize({ lon: 4.84, lat: 99 })).toThrow(/Point must be/);
  });
});

const SCHEMA_FILE = path.resolve(process.cwd(), '../shared/mobilizon/schema.graphql');
const withSchema = existsSync(SCHEMA_FILE) ? describe : describe.skip;
if (!existsSync(SCHEMA_FILE)) console.warn(`[address.graphql] schema comparison skipped: ${SCHEMA_FILE} not found`);

// Only to get AddressInput into a schema: no Convene mutation may take it yet.
@Resolver()
class ProbeResolver {
  @Query(() => AddressObject, { nullable: true })
  probe(@Args('address', { type: () => AddressInput, nullable: true }) address: AddressInput | null): AddressObject | null {
    return address ? null : null;
  }
}

/** Field names, types and nullability, descriptions aside. */
function fields(schema: GraphQLSchema, name: string): string[] {
  const type = schema.getType(name);
  if (!isObjectType(type) && !isInputObjectType(type)) return [];
  return Object.values(type.getFields())
    .map((f) => `${f.name}: ${String(f.type)}`)
    .sort();
}

withSchema("Address and AddressInput as in Mobilizon's schema", () => {
  it('have the same fields, types and nullability', async () => {
    const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    try {
      const ours = await context.get(GraphQLSchemaFactory).create([ProbeResolver]);
      const theirs = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
      for (const name of ['Address', 'AddressInput', 'PictureInfo', 'PictureInfoElement']) {
        expect({ name, fields: fields(ours, name) }).toEqual({ name, fields: fields(theirs, name) });
      }
      expect(fields(ours, 'AddressInput')).toContain('geom: Point');
    } finally {
      await context.close();
    }
  });
});
