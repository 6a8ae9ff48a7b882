import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NominatimGeocoder } from '../adapters/geocoding/nominatim-geocoder.js';
import { PhotonGeocoder } from '../adapters/geocoding/photon-geocoder.js';
import { NoGeocoder } from '../domain/geocoding/index.js';
import { loadConfig } from './config/app-config.js';
import { geocoderFrom, geocodingSettings } from './geocoding.module.js';

const config = (env: Record<string, string>) => loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'convene-geo-')), ...env }, []);
const log = () => {};

describe('geocoder configuration', () => {
  it('has no geocoder by default', () => {
    const c = config({});
    expect(c.geocoder).toEqual({ provider: 'none', url: null });
    expect(geocoderFrom(c, log)).toBeInstanceOf(NoGeocoder);
    expect(geocodingSettings(c)).toBeNull();
  });

  it('defaults to the public service of the provider, where autocomplete is not allowed for Nominatim', () => {
    const c = config({ GEOCODER: 'Nominatim' });
    expect(c.geocoder).toEqual({ provider: 'nominatim', url: 'https://nominatim.openstreetmap.org' });
    expect(geocoderFrom(c, log)).toBeInstanceOf(NominatimGeocoder);
    expect(geocodingSettings(c)).toEqual({ provider: 'Elixir.Mobilizon.Service.Geospatial.Nominatim', autocomplete: false });
  });

  it('uses GEOCODER_URL without its trailing slash', () => {
    const c = config({ GEOCODER: 'photon', GEOCODER_URL: 'http://photon.internal:2322/' });
    expect(c.geocoder).toEqual({ provider: 'photon', url: 'http://photon.internal:2322' });
    expect(geocoderFrom(c, log)).toBeInstanceOf(PhotonGeocoder);
    expect(geocodingSettings(c)).toEqual({ provider: 'Elixir.Mobilizon.Service.Geospatial.Photon', autocomplete: true });
  });

  it.each([
    [{ GEOCODER: 'google' }, 'GEOCODER: expected one of none, nominatim, photon, got "google"'],
    [{ GEOCODER: 'photon', GEOCODER_URL: 'ftp://x' }, 'GEOCODER_URL: expected a http: or https: URL, got "ftp:"'],
    [{ GEOCODER_URL: 'https://nominatim.example' }, 'GEOCODER_URL: set, but GEOCODER is none (use nominatim or photon)'],
  ])('refuses %j', (env, message) => {
    expect(() => config(env)).toThrow(message);
  });
});
