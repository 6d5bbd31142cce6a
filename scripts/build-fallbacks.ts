/**
 * Writes the no-JavaScript fallback markup webmasters paste inside the tags, in dist/fallback/:
 * - `<name>.<lang>[.<variant>].html`: the element rendered on the server into a declarative shadow root (the same
 *   markup and styles the element renders, so upgrading moves nothing), plus plain links inside the tag for
 *   browsers without declarative shadow DOM;
 * - `<name>.<lang>.plain.html`: the plain links alone (simplest; the page may shift when the element upgrades).
 * Rendered from the bundled data with Lit's server renderer, so numbers never drift from the data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../src/components/hotline-banner/hotline-banner.js';
import { bannerWording, DEFAULT_LINES } from '../src/components/hotline-banner/hotline-banner.component.js';
import { hotlines } from '../src/sdk/generated/hotlines.js';
import { pickHotlines } from '../src/sdk/pick-hotlines.js';
import { contactDisplay, contactHref } from '../src/sdk/links.js';
import { localize } from '../src/sdk/i18n.js';
import type { Lang } from '../src/sdk/types.js';
import { DEFAULT_EXIT_URL } from '../src/components/quick-exit/quick-exit.component.js';
import { messages as exitMessages } from '../src/components/quick-exit/quick-exit.messages.js';

const out = join(fileURLToPath(new URL('..', import.meta.url)), 'dist/fallback');
mkdirSync(out, { recursive: true });

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const langs: Lang[] = ['en', 'es'];
const link = (href: string, text: string) => `<a href="${escape(href)}">${escape(text)}</a>`;

/**
 * "Not safe? 911 · Need help? 1-888-373-7888, Text HELP to 233733 · ..." as plain links, in the banner's own words
 * (so the fallback and the upgraded banner say the same).
 */
export function plainBannerLinks(lang: Lang, ids: readonly string[] = DEFAULT_LINES): string {
  const lines = pickHotlines(hotlines, ids).map((h) => {
    const contacts = h.contacts
      .filter((c) => c.kind === 'voice' || c.kind === 'text')
      .map((c) => {
        const href = contactHref(c)!;
        const shown = contactDisplay(c);
        const words =
          c.kind === 'text' ? bannerWording.text(h, shown, c.keyword, lang) : bannerWording.voice(h, shown, lang);
        return link(href, words.visible);
      });
    return `<strong>${escape(localize(h.whenShort ?? h.whenToUse, { lang }))}</strong> ${escape(localize(h.shortName ?? h.name, { lang }))}: ${contacts.join(', ')}`;
  });
  return `<p>${lines.join(' · ')}</p>`;
}

/** Server-renders a template and removes Lit's hydration comments (the client renders afresh). */
const ssr = (t: ReturnType<typeof html>) =>
  collectResultSync(render(t))
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<\?lit\$[^>]*>/g, '')
    .replace(
      /<style>([^]*?)<\/style>/g,
      (_, css: string) =>
        `<style>${css
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .trim()}</style>`,
    )
    .replace(/ defer-hydration/g, '')
    .replace(/<(hart-[a-z-]+)\s+/g, '<$1 ');

for (const lang of langs) {
  const plain = plainBannerLinks(lang);
  writeFileSync(
    join(out, `hotline-banner.${lang}.plain.html`),
    `<hart-hotline-banner lang="${lang}">\n  ${plain}\n</hart-hotline-banner>\n`,
  );
  for (const variant of ['full', 'compact', 'inline'] as const) {
    for (const exit of [false, true]) {
      const rendered = ssr(
        html`<hart-hotline-banner lang=${lang} variant=${variant} ?quick-exit=${exit}></hart-hotline-banner>`,
      );
      // Plain links go inside the tag, after the declarative shadow root: shown only where it is not supported.
      const withLinks = rendered.replace(/<\/hart-hotline-banner>$/, `\n  ${plain}\n</hart-hotline-banner>`);
      writeFileSync(join(out, `hotline-banner.${lang}.${variant}${exit ? '.quick-exit' : ''}.html`), withLinks + '\n');
    }
  }
  const m = exitMessages[lang];
  writeFileSync(
    join(out, `quick-exit.${lang}.html`),
    `<hart-quick-exit lang="${lang}">\n  <a href="${DEFAULT_EXIT_URL}" rel="nofollow noreferrer">${escape(m.button)}</a>\n</hart-quick-exit>\n`,
  );
}
console.log(`fallback markup written to ${out}`);
