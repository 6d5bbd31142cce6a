import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ctPlaces, ctZips, distanceKm, lookupPlace, lookupZip, resolveNear } from '../../src/sdk/geo.js';

const zipcodes = createRequire(import.meta.url)('zipcodes') as {
  codes: Record<string, { zip: string; latitude: number; longitude: number; city: string; state: string }>;
};

test('the generated table holds Connecticut ZIP codes only, each with coordinates inside the state', () => {
  const zips = ctZips();
  assert.ok(zips.length > 400 && zips.length < 500, `${zips.length} ZIP codes`);
  for (const z of zips) {
    assert.match(z.zip, /^06\d{3}$/);
    assert.ok(z.lat > 40.9 && z.lat < 42.1 && z.lon > -73.8 && z.lon < -71.7, z.zip);
  }
  const names = ctPlaces().map((p) => p.name);
  assert.ok(names.includes('Hartford') && names.includes('Mystic') && names.includes('Willimantic'));
  assert.ok(!names.includes('Brm'), 'mail-only ZIPs carry no place name');
});

test('ZIP codes: five digits or ZIP+4, Connecticut only', () => {
  assert.equal(lookupZip('06106')?.place, 'Hartford');
  assert.equal(lookupZip(' 06106-1234 ')?.zip, '06106');
  assert.equal(lookupZip('06051')?.place, 'New Britain');
  assert.equal(lookupZip('10001'), undefined);
  assert.equal(lookupZip('6106'), undefined);
});

test('post-office names: case, accents and a trailing ", CT" do not matter', () => {
  assert.equal(lookupPlace('new haven')?.name, 'New Haven');
  assert.equal(lookupPlace('NEW  HAVEN, CT')?.name, 'New Haven');
  assert.equal(lookupPlace('Waterbury, Connecticut')?.name, 'Waterbury');
  assert.equal(lookupPlace('Springfield'), undefined);
  // A town with no post office of its own is not in the table (documented limitation).
  assert.equal(lookupPlace('Griswold'), undefined);
});

test('distances are great-circle kilometres', () => {
  const hartford = lookupPlace('Hartford')!;
  const newHaven = lookupPlace('New Haven')!;
  const d = distanceKm(hartford, newHaven);
  assert.ok(d > 50 && d < 58, `Hartford-New Haven ${d}`);
  assert.equal(distanceKm(hartford, hartford), 0);
});

test('resolveNear reads a ZIP, a town or a point, and refuses what it cannot place', () => {
  assert.deepEqual(resolveNear('06106'), {
    kind: 'zip',
    lat: lookupZip('06106')!.lat,
    lon: lookupZip('06106')!.lon,
    label: '06106',
    place: 'Hartford',
  });
  assert.equal(resolveNear('stamford')?.place, 'Stamford');
  assert.equal(resolveNear({ town: 'Mystic' })?.kind, 'town');
  assert.deepEqual(resolveNear({ lat: 41.5, lon: -72.7 }), { kind: 'point', lat: 41.5, lon: -72.7 });
  assert.equal(resolveNear({ lat: 200, lon: 0 }), undefined);
  assert.equal(resolveNear('Atlantis'), undefined);
});

test('the packed table gives back every Connecticut row of the zipcodes package exactly', () => {
  const source = Object.values(zipcodes.codes).filter((r) => r.state === 'CT');
  assert.equal(ctZips().length, source.length);
  for (const r of source) {
    const z = lookupZip(r.zip)!;
    assert.ok(z, r.zip);
    assert.equal(z.lat, r.latitude, `${r.zip} latitude`);
    assert.equal(z.lon, r.longitude, `${r.zip} longitude`);
    if (!['Brm', 'Bureau Business Practice'].includes(r.city)) assert.equal(z.place, r.city, `${r.zip} place`);
  }
});
