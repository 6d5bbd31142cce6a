// Renders the example list (examples.json): each example live, with its markup shown as text and a link that opens
// it in the configurator.
const main = document.getElementById('examples');
const { examples } = await (await fetch(new URL('examples.json', import.meta.url))).json();

/** The configurator's address for the first hart- element of an example, with its attributes. */
function configuratorLink(fragment) {
  const target = [...fragment.querySelectorAll('*')].find((n) => n.localName.startsWith('hart-'));
  if (!target) return undefined;
  const params = new URLSearchParams({ element: target.localName });
  for (const { name, value } of target.attributes) params.set(name, value);
  return `configurator.html?${params}`;
}

for (const ex of examples) {
  const section = document.createElement('section');
  section.className = 'example';
  section.id = ex.id;
  section.setAttribute('aria-labelledby', `${ex.id}-title`);
  const h2 = document.createElement('h2');
  h2.id = `${ex.id}-title`;
  h2.textContent = ex.title;
  const p = document.createElement('p');
  p.textContent = ex.description;
  const live = document.createElement('div');
  live.className = 'live';
  // The one place markup is parsed: `ex.markup` is this repository's own example markup (examples/examples.json,
  // reviewed like code), never user input or feed data; and the point of the gallery is to run it as a webmaster
  // would paste it. Everything else on this page is set as text.
  const fragment = document.createRange().createContextualFragment(ex.markup);
  const href = configuratorLink(fragment);
  live.append(fragment);
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = ex.markup;
  pre.append(code);
  section.append(h2, p, live, pre);
  if (href) {
    const more = document.createElement('p');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = 'Change the options in the configurator';
    // Several examples on the page: say which one the link is for.
    link.setAttribute('aria-describedby', h2.id);
    more.append(link);
    section.append(more);
  }
  main.append(section);
}
