// @web/test-runner plugin: serves the example pages as `npm start` does. scripts/serve.mjs replaces each
// `<!-- fallback: NAME -->…<!-- /fallback -->` region of an example page with dist/fallback/NAME.html (the pre-drawn
// element, see withFallbacks); without this the tests would check the plain links kept in the file for readers,
// not the markup a visitor gets.
import { withFallbacks } from '../../scripts/serve.mjs';

export function examplesFallbacksPlugin() {
  return {
    name: 'hart-examples-fallbacks',
    transform(context) {
      if (!context.path.startsWith('/examples/') || !context.response.is('html') || typeof context.body !== 'string')
        return undefined;
      return { body: withFallbacks(context.body) };
    },
  };
}
