// Renders the example list (examples.json): each example live, with its markup shown as text.
// The markup is this repository's own, not user or feed data.
const main = document.getElementById('examples');
const { examples } = await (await fetch(new URL('examples.json', import.meta.url))).json();

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
  live.append(document.createRange().createContextualFragment(ex.markup));
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = ex.markup;
  pre.append(code);
  section.append(h2, p, live, pre);
  main.append(section);
}
