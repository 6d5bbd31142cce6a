import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue, validateCollections } from '../../src/sdk/validate.js';
import { snapshot } from '../../src/sdk/generated/snapshot.js';

const clone = <T>(v: T): T => structuredClone(v);

test('one bad record is reported with collection, id and field path, and left out', () => {
  const hotlines = clone(snapshot.hotlines);
  (hotlines[1] as { whenToUse?: unknown }).whenToUse = undefined;
  const { collections, issues } = validateCollections({ hotlines });
  assert.equal(collections.hotlines.length, snapshot.hotlines.length - 1);
  assert.ok(!collections.hotlines.some((h) => h.id === snapshot.hotlines[1].id));
  assert.equal(issues.length, 1);
  assert.deepEqual(
    { ...issues[0], message: undefined },
    { collection: 'hotlines', id: snapshot.hotlines[1].id, path: 'whenToUse', message: undefined },
  );
  assert.match(formatIssue(issues[0]), new RegExp(`^hotlines: ${snapshot.hotlines[1].id}: whenToUse: `));
});

test('nested field paths are dotted, and a record without id is named by index', () => {
  const hotlines = clone(snapshot.hotlines);
  hotlines[0].contacts[0].value = '12345678';
  const noId = { ...clone(snapshot.hotlines[2]), id: undefined };
  const { issues } = validateCollections({ hotlines: [...hotlines, noId] });
  assert.ok(issues.some((i) => i.id === hotlines[0].id && i.path === 'contacts.0.value'));
  assert.ok(issues.some((i) => i.id === `#${hotlines.length}` && i.path === 'id'));
});

test('links other than https/tel/sms/mailto never survive validation', () => {
  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://example.org/']) {
    const hotlines = clone(snapshot.hotlines);
    const chat = hotlines.find((h) => h.contacts.some((c) => c.kind === 'chat'))!;
    chat.contacts.find((c) => c.kind === 'chat')!.value = bad;
    const { collections, issues } = validateCollections({ hotlines });
    assert.ok(!collections.hotlines.some((h) => h.id === chat.id), bad);
    assert.ok(
      issues.some((i) => i.id === chat.id && /https/.test(i.message)),
      bad,
    );
  }
});

test('duplicate ids keep the first record only', () => {
  const { collections, issues } = validateCollections({ hotlines: [snapshot.hotlines[0], snapshot.hotlines[0]] });
  assert.equal(collections.hotlines.length, 1);
  assert.match(issues[0].message, /duplicate/);
});

test('a collection that is not a list is reported; missing collections are empty', () => {
  const { collections, issues } = validateCollections({ events: 'nope' });
  assert.deepEqual(collections.events, []);
  assert.deepEqual(collections.providers, []);
  assert.equal(issues[0].collection, 'events');
});

test('wrong types and values say what is missing or allowed, never just "Invalid input"', () => {
  const h = structuredClone(snapshot.hotlines.find((x) => x.id === 'nhth')!) as Record<string, unknown>;
  delete h.name;
  h.scope = 'galactic';
  h.available247 = 'yes';
  h.uses = 'help';
  const { issues } = validateCollections({ hotlines: [h] });
  const said = Object.fromEntries(issues.map((i) => [i.path, i.message]));
  assert.equal(said.name, 'is missing');
  assert.equal(said.scope, 'must be one of: national, state (found "galactic")');
  assert.equal(said.available247, 'must be true or false (found "yes")');
  assert.equal(said.uses, 'must be a list (found "help")');
  assert.ok(
    issues.every((i) => !/invalid input/i.test(i.message)),
    issues.map(formatIssue).join('\n'),
  );
});
