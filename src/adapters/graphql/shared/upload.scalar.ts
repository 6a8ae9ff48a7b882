import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { UploadedFile } from './multipart-upload.js';

export function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<UploadedFile>;
  return typeof candidate.filename === 'string' && typeof candidate.mimetype === 'string' && Buffer.isBuffer(candidate.bytes);
}

const uploadExpected = () => new GraphQLError('Upload expected', { extensions: { code: 'validation', status_code: 422 } });

/**
 * A file sent in a multipart request (see multipart-upload.ts, which puts `UploadedFile` objects in
 * the variables). Input only: it cannot be written inline in a query nor returned.
 */
export const UploadScalar = new GraphQLScalarType<UploadedFile, never>({
  name: 'Upload',
  description: 'A file sent as a part of a multipart/form-data request',
  parseValue(value) {
    if (!isUploadedFile(value)) throw uploadExpected();
    return value;
  },
  parseLiteral() {
    throw uploadExpected();
  },
  serialize() {
    throw new GraphQLError('Upload is an input-only scalar');
  },
});
