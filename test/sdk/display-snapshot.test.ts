// The copies of the data the elements bundle (src/sdk/generated/display/) are the validated records minus `sources`:
// nothing else may differ, or a page would show other facts than the feed and the SDK.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshot } from '../../src/sdk/generated/snapshot.js';
import { hotlines } from '../../src/sdk/generated/display/hotlines.js';
import { providers } from '../../src/sdk/generated/display/providers.js';
import { events } from '../../src/sdk/generated/display/events.js';
import { notice } from '../../src/sdk/generated/display/notice.js';

const shown = { hotlines, providers, events, notice };

for (const [name, records] of Object.entries(shown)) {
  test(`the elements' ${name} are the bundled records without their sources`, () => {
    const full = snapshot[name as keyof typeof shown];
    assert.ok(full.length > 0, `${name} has records`);
    assert.deepEqual(
      records,
      full.map(({ sources: _sources, ...rest }) => rest),
    );
    for (const r of records) assert.ok(!('sources' in r), `${name}: ${r.id} carries no sources`);
  });
}
