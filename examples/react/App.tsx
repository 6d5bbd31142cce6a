// A React 19 app using hart-widgets the way a developer would: import the elements it shows, get JSX types for the
// hart- tags from `hart-widgets/react`, pass props, and listen to the elements' events with `on<event>` props.
import { useState } from 'react';
// Each import registers one element (and only what it needs is bundled).
import 'hart-widgets/hotline-banner.js';
import 'hart-widgets/red-flags.js';
import 'hart-widgets/event-list.js';
// JSX types for the hart- tags: their attributes, with the values they take, and their events.
import type {} from 'hart-widgets/react';
import type { HartExitDetail } from 'hart-widgets/quick-exit.js';
import type { RedFlagsAudience, RedFlagsToggleDetail } from 'hart-widgets/red-flags.js';
// The SDK works the same in React: here it lists the audiences the red flags are written for.
import { bundled } from 'hart-widgets/sdk';

type Lang = 'en' | 'es';

export function App() {
  const [lang, setLang] = useState<Lang>('en');
  const [audience, setAudience] = useState<RedFlagsAudience>('youth');
  const [stayOnPage, setStayOnPage] = useState(true);
  const [exitMessage, setExitMessage] = useState('');
  const [openSections, setOpenSections] = useState<string[]>([]);

  /** `hart-exit` fires before the quick exit leaves; it is cancelable. */
  const onExit = (event: CustomEvent<HartExitDetail>) => {
    if (stayOnPage) event.preventDefault();
    setExitMessage(
      stayOnPage
        ? `Quick exit pressed (${event.detail.trigger}). Preview mode kept you here; it would have left for ${event.detail.href}.`
        : `Leaving for ${event.detail.href}.`,
    );
  };

  /** `hart-red-flags-toggle` fires when the reader opens or closes categories. */
  const onToggle = (event: CustomEvent<RedFlagsToggleDetail>) => {
    const { sections, open } = event.detail;
    setOpenSections((now) => (open ? [...new Set([...now, ...sections])] : now.filter((id) => !sections.includes(id))));
  };

  return (
    <>
      <hart-hotline-banner variant="compact" quick-exit lang={lang} onhart-exit={onExit} />

      <header>
        <h1>React 19 and hart-widgets</h1>
        <p>
          The elements below are ordinary JSX. React 19 sets their properties and adds listeners for props named{' '}
          <code>on</code> plus the event name, such as <code>onhart-exit</code>.
        </p>
      </header>

      <main>
        <section aria-labelledby="settings-title">
          <h2 id="settings-title">Settings (React state)</h2>
          <fieldset>
            <legend>Language of the elements</legend>
            {(['en', 'es'] as const).map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="lang"
                  value={value}
                  checked={lang === value}
                  onChange={() => setLang(value)}
                />
                {value === 'en' ? 'English' : 'Español'}
              </label>
            ))}
          </fieldset>
          <p>
            <label htmlFor="audience">Red flags for</label>{' '}
            <select id="audience" value={audience} onChange={(e) => setAudience(e.target.value as RedFlagsAudience)}>
              {bundled.redFlags.audiences().map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label className="choice">
              <input type="checkbox" checked={stayOnPage} onChange={(e) => setStayOnPage(e.target.checked)} />
              Preview mode: the quick exit stays on this page (the app cancels <code>hart-exit</code>)
            </label>
          </p>
          <p id="exit-message" role="status">
            {exitMessage}
          </p>
        </section>

        <section aria-labelledby="flags-title">
          <h2 id="flags-title">Red flags</h2>
          <p id="open-sections" role="status">
            {openSections.length ? `Open categories: ${openSections.join(', ')}` : 'No category open.'}
          </p>
          <hart-red-flags audience={audience} lang={lang} heading-level="3" onhart-red-flags-toggle={onToggle} />
        </section>

        <section aria-labelledby="events-title">
          <h2 id="events-title">Trainings</h2>
          <hart-event-list lang={lang} heading-level="3" />
        </section>
      </main>
    </>
  );
}
