// Every `tel:` and `sms:` link written by hand in the pages a webmaster copies (examples/*.html, the gallery's
// examples/examples.json, docs/*.md) is a contact of data/hotlines.json, built the way the elements build it
// (src/sdk/links.ts): a phone number as `tel:`, a text line as `sms:` with its keyword. So a number typed into a page
// cannot drift from the data the elements show. The one other kind allowed is a training's dial-in from
// data/events.json (docs/events.md explains one).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contactHref, telHref } from '../../src/sdk/links.js';
import type { ContactPoint } from '../../src/sdk/types.js';

type Records<T> = { records: T[] };
type Hotline = { id: string; contacts: ContactPoint[] };
type Event = { id: string; where?: { dialIn?: { number: string; accessCode?: string } } };

/** `tel:` and `sms:` links in a text, with the line each is on. Punctuation closing a sentence is not part of one. */
function linksIn(text: string): { href: string; line: number }[] {
  return [...text.matchAll(/\b(?:tel|sms):[^\s"'<>()`[\]]+/g)].map((m) => ({
    href: m[0].replace(/&amp;/g, '&').replace(/[.,;:]+$/, ''),
    line: text.slice(0, m.index).split('\n').length,
  }));
}

describe('call and text links in examples and docs', () => {
  it('are contacts of data/hotlines.json (or an event dial-in of data/events.json)', async () => {
    const [hotlines, events] = await Promise.all([
      fetch('/data/hotlines.json').then((r) => r.json() as Promise<Records<Hotline>>),
      fetch('/data/events.json').then((r) => r.json() as Promise<Records<Event>>),
    ]);
    const known = new Map<string, string>();
    for (const h of hotlines.records) {
      for (const c of h.contacts) {
        if (c.kind !== 'voice' && c.kind !== 'textphone' && c.kind !== 'text') continue;
        known.set(contactHref(c)!, `hotline ${h.id}`);
      }
    }
    for (const e of events.records) {
      if (e.where?.dialIn) known.set(telHref(e.where.dialIn.number, e.where.dialIn.accessCode), `event ${e.id}`);
    }
    // The lines every page shows, so a change to how links are built cannot empty the list unnoticed.
    expect([...known.keys()]).to.include.members([
      'tel:911',
      'tel:+18883737888',
      'sms:233733?&body=HELP',
      'tel:+18008422288',
    ]);

    const files = (await executeServerCommand('hart-source-files')) as { file: string; text: string }[];
    expect(files.map((f) => f.file)).to.include.members([
      'examples/school.html',
      'examples/hotel.html',
      'examples/agency.html',
      'examples/no-js.html',
      'docs/red-flags.md',
    ]);
    const found = files.flatMap(({ file, text }) => linksIn(text).map((l) => ({ ...l, file })));
    const unknown = found.filter((l) => !known.has(l.href)).map((l) => `${l.file}:${l.line} ${l.href}`);
    expect(unknown, 'links that are not a contact in the data').to.deep.equal([]);

    // Each page a webmaster copies writes the numbers out for visitors without JavaScript.
    for (const page of ['examples/school.html', 'examples/hotel.html', 'examples/agency.html', 'examples/no-js.html']) {
      const hrefs = new Set(found.filter((l) => l.file === page).map((l) => l.href));
      expect([...hrefs], page).to.include.members(['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:+18008422288']);
    }
  });
});
