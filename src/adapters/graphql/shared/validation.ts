// Shape rules of GraphQL arguments (formats the schema's types cannot say) are class-validator
// decorators on the argument classes, checked by one global pipe; the domain keeps the invariants.
// A refusal is the API's usual field error: 422 with the innermost field's name.
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { decodeGeohash } from '../../../domain/events/index.js';
import { ValidationErrors, type FieldError } from './api-error.js';

function fieldErrors(errors: ValidationError[]): FieldError[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })),
    ...fieldErrors(e.children ?? []),
  ]);
}

/** The app's pipe: validates decorated argument classes and leaves the arguments as they came. */
export function argumentsValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: false,
    // Argument classes without any rule pass as they are.
    forbidUnknownValues: false,
    exceptionFactory: (errors) => new ValidationErrors(fieldErrors(errors)),
  });
}

/** A geohash the domain can decode (the `location` of `events` and `searchEvents`). */
export function IsGeohash(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isGeohash',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a geohash', ...options },
      // No location (null or "") means no distance filter.
      validator: {
        validate: (value: unknown) => value == null || value === '' || (typeof value === 'string' && decodeGeohash(value) !== null),
      },
    });
}
