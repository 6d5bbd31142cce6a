import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactDisplay, contactHref, displayPhone, safeHref, smsHref, telHref } from '../../src/sdk/links.js';

test('tel: links use the full E.164 number; short codes stay short', () => {
  assert.equal(telHref('+18883737888'), 'tel:+18883737888');
  assert.equal(telHref('911'), 'tel:911');
});

test('tel: links can dial an access code after pauses', () => {
  assert.equal(telHref('+18666466488', '979 313 7700#'), 'tel:+18666466488,,9793137700%23');
});

test('sms: links carry the keyword as body', () => {
  assert.equal(smsHref('233733', 'HELP'), 'sms:233733?&body=HELP');
  assert.equal(smsHref('233733'), 'sms:233733');
});

test('the sms: body is where both phone systems look for it (docs/hotline-banner.md, "Text links")', () => {
  const href = smsHref('233733', 'HELP');
  // Android's messaging app: the fields after the first "?", split at "&", one of them "body=".
  assert.ok(
    href
      .slice(href.indexOf('?') + 1)
      .split('&')
      .includes('body=HELP'),
  );
  // iOS Messages (iOS 8 and later): "&body=" after the number.
  assert.match(href, /^sms:233733\?&body=HELP$/);
  // RFC 5724: the query's body field, as a URL parser reads it.
  assert.equal(new URL(href).searchParams.get('body'), 'HELP');
  assert.equal(new URL(smsHref('233733', 'AYUDA SÍ')).searchParams.get('body'), 'AYUDA SÍ');
});

test('only https, tel, sms and mailto links are allowed', () => {
  assert.equal(safeHref('https://example.org/a'), 'https://example.org/a');
  assert.equal(safeHref('mailto:a@b.org'), 'mailto:a@b.org');
  for (const bad of [
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'http://x.org',
    '//x.org',
    'vbscript:x',
    'https://x.org/"onmouseover=x',
  ]) {
    assert.equal(safeHref(bad), undefined, bad);
  }
  assert.equal(contactHref({ kind: 'chat', value: 'javascript:alert(1)' }), undefined);
  assert.equal(contactHref({ kind: 'email', value: 'projrescue@iiconn.org' }), 'mailto:projrescue@iiconn.org');
});

test('numbers display the way people write them', () => {
  assert.equal(displayPhone('+18008422288'), '1-800-842-2288');
  assert.equal(displayPhone('233733'), '233733');
});

test('a contact is written with its display, else a phone number is formatted, else its value shows', () => {
  assert.equal(contactDisplay({ kind: 'voice', value: '+18008422288', display: '1-800-842-CARE' }), '1-800-842-CARE');
  assert.equal(contactDisplay({ kind: 'voice', value: '+18008422288' }), '1-800-842-2288');
  assert.equal(contactDisplay({ kind: 'textphone', value: '+18006245518' }), '1-800-624-5518');
  assert.equal(contactDisplay({ kind: 'text', value: '233733', keyword: 'HELP' }), '233733');
  assert.equal(contactDisplay({ kind: 'email', value: 'help@example.org' }), 'help@example.org');
  assert.equal(contactDisplay({ kind: 'chat', value: 'https://example.org/chat' }), 'https://example.org/chat');
});
