// `hart-widgets/sdk` must import in plain Node 20 (no DOM) through the package's own exports map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('import("hart-widgets/sdk") in Node lists the hotlines without touching a DOM', () => {
  const script = `
    for (const g of ['window', 'document', 'HTMLElement', 'customElements']) {
      Object.defineProperty(globalThis, g, { get() { throw new Error('touched ' + g); }, configurable: true });
    }
    const m = await import('hart-widgets/sdk');
    console.log(JSON.stringify(m.bundled.hotlines.all().map((h) => [h.id, h.contacts[0].value])));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  const lines = JSON.parse(out) as [string, string][];
  assert.deepEqual(lines.slice(0, 3), [
    ['emergency', '911'],
    ['nhth', '+18883737888'],
    ['careline', '+18008422288'],
  ]);
});
