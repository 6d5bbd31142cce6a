import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCalendarDate } from '../../src/sdk/i18n.js';

test('a calendar date reads the same day in every time zone, in English and Spanish', () => {
  assert.equal(formatCalendarDate('2019-08-01', { lang: 'en' }), 'August 1, 2019');
  assert.equal(formatCalendarDate('2026-11-28', { lang: 'es' }), '28 de noviembre de 2026');
  assert.equal(
    formatCalendarDate('2026-01-01', { lang: 'en' }),
    'January 1, 2026',
    'no zone moves New Year to December 31',
  );
});

test('a value that is not a date is shown as written', () => {
  assert.equal(formatCalendarDate('someday', { lang: 'en' }), 'someday');
});
