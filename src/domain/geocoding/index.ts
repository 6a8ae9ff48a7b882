export * from './geo-address.js';
export * from './geocoding.errors.js';
export * from './ports/geocoder.js';
export * from './use-cases/locale.js';
export * from './use-cases/search-address.js';
export * from './use-cases/reverse-geocode.js';
