import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceAreaSchema } from '../../src/sdk/schemas.js';
import { bundled } from '../../src/sdk/bundled.js';

test('service areas: "unspecified" for an area the source does not state; towns only where they belong', () => {
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'unspecified', description: { en: 'Not stated.' } }).success, true);
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'towns', towns: ['Hartford'] }).success, true);
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'region' }).success, true, 'a region described in words');
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'towns' }).success, false, 'a town list with no towns');
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'unspecified', towns: ['Hartford'] }).success, false);
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'statewide', towns: ['Hartford'] }).success, false);
  assert.equal(ServiceAreaSchema.safeParse({ scope: 'towns', towns: [''] }).success, false);
});

test('the four services whose area the HART page does not state are "unspecified" in the data', () => {
  const unstated = bundled.providers
    .services()
    .filter((e) => e.service.serviceArea.scope === 'unspecified')
    .map((e) => e.service.id);
  assert.deepEqual(unstated.sort(), [
    'klingberg-therapeutic-foster-care',
    'love146-not-a-number',
    'love146-survivor-care',
    'village-clinical-services',
  ]);
  // With a place and a tight radius they are still listed, last ("area not stated"), never dropped.
  const near = bundled.providers
    .search({ near: '06106', radiusKm: 1 })
    .results.slice(-4)
    .map((h) => h.service.id)
    .sort();
  assert.deepEqual(near, unstated.sort());
});
