// Strict Content Security Policy with Trusted Types: the CSP proof page (built from examples/examples.json by
// test/support/proof-pages-plugin.mjs, every example in it) sets
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
//   trusted-types lit-html hart-widgets
// in a <meta> first in <head>, and has no inline script or style: the element modules and the driver (run.js, which
// uses every element through drive.ts) are files from this site. The page reports to this test with postMessage:
// every element must render and work, and no securitypolicyviolation may fire. The page then proves its policy was
// in force (an HTML string refused by Trusted Types where the browser has them; an image from another host blocked),
// so this test could not pass on a page whose policy was silently ignored.
import { expect } from '@open-wc/testing';
import {
  expectedOnProofPage,
  loadExamples,
  PROOF_PAGE,
  runProofPage,
  shadowRootsIn,
  type Example,
  type ProofResult,
} from '../support/proof-frame.js';
import { ELEMENT_TAGS } from '../support/element-helpers.js';

describe('strict CSP and Trusted Types: every element renders and works, no violation', function () {
  this.timeout(120000);
  let result: ProofResult;
  let examples: Example[];
  before(async () => {
    examples = await loadExamples();
    result = await runProofPage(PROOF_PAGE.csp);
  });
  after(() => result?.frame.remove());

  it('the page holds every example of examples.json, in order', () => {
    const sections = [...result.frame.contentDocument!.querySelectorAll('main > section')];
    expect(examples.length, 'examples in examples.json').to.be.at.least(ELEMENT_TAGS.length);
    expect(sections.map((s) => s.id)).to.deep.equal(examples.map((ex) => ex.id));
  });

  it('the policy is in force in the page', () => {
    expect(result.record.probes, 'probes of the policy').to.exist;
    expect(result.record.probes!.blockedImage, 'an image from another host is blocked').to.be.true;
    // Every engine under test (Chromium, Firefox ESR, WebKit) implements Trusted Types.
    expect(result.record.probes!.trustedTypes, 'an HTML string assigned to innerHTML').to.equal('enforced');
  });

  it('no securitypolicyviolation, no error, while every element is used', () => {
    expect(result.record.violations, 'CSP violations').to.deep.equal([]);
    expect(result.record.problems, 'errors').to.deep.equal([]);
    expect(result.report.failures, 'what did not work').to.deep.equal([]);
    const expected = expectedOnProofPage(examples, ELEMENT_TAGS);
    expect(result.report.found, 'elements found, by tag').to.deep.equal(expected.found);
    for (const tag of ELEMENT_TAGS) expect(result.report.found[tag], tag).to.be.at.least(1);
  });

  it('every element was used: exits, prints, the .ics download, the calendar link, the finder', () => {
    const { report } = result;
    const expected = expectedOnProofPage(examples, ELEMENT_TAGS);
    expect(report.exits.length, 'quick exits (clicks, banner buttons, keyboard)').to.equal(expected.exits);
    expect(report.exits.length).to.be.at.least(3);
    expect(report.prints).to.include.members(['page', 'notice print frame']);
    // One .ics download and one calendar link followed for each event list that shows events (the list as of
    // August 1, 2019 does).
    const withEvents = report.done.filter((d) => /^hart-event-list .*: downloaded \.ics/.test(d));
    expect(withEvents.length, 'event lists showing events').to.be.at.least(1);
    expect(report.downloads).to.have.length(withEvents.length);
    for (const download of report.downloads) expect(download).to.match(/\.ics text\/calendar/);
    expect(report.followed).to.have.length(withEvents.length);
    expect(report.events.some((e) => e.startsWith('hart-filter-change'))).to.be.true;
    expect(report.done.some((d) => d.startsWith('hart-provider-finder') && d.includes('printed'))).to.be.true;
  });

  it('the elements are styled (constructed style sheets are allowed by style-src self)', () => {
    const doc = result.frame.contentDocument!;
    const win = result.frame.contentWindow!;
    const banner = doc.querySelector('hart-hotline-banner:not([variant]), hart-hotline-banner[variant="full"]');
    expect(banner, 'a full hotline banner').to.exist;
    const link = banner!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:+18883737888"]')!;
    expect(win.getComputedStyle(link).backgroundColor).to.equal('rgb(11, 79, 156)');
    expect(win.getComputedStyle(link).minHeight).to.equal('44px');
    // No element created a <style> element or a style attribute string (either would need 'unsafe-inline').
    const roots = shadowRootsIn(doc);
    expect(roots.length).to.be.at.least(ELEMENT_TAGS.length);
    for (const root of roots)
      expect(root.querySelectorAll('style').length, 'style elements in shadow roots').to.equal(0);
  });

  it('the event list wrote its JSON-LD through the hart-widgets policy', () => {
    const doc = result.frame.contentDocument!;
    const script = doc.querySelector('hart-event-list[structured-data] > script[type="application/ld+json"]')!;
    expect(script, 'JSON-LD script').to.exist;
    expect(JSON.parse(script.textContent)).to.be.an('object');
  });
});
