export type GeocodingError = { type: 'invalid-fields'; fields: { field: string; message: string }[] };

export const invalidField = (field: string, message: string): GeocodingError => ({ type: 'invalid-fields', fields: [{ field, message }] });
