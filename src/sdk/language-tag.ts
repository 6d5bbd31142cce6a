/**
 * The primary language subtag of a BCP 47 tag, lower-cased: `'es-MX'` → `'es'`, `'EN'` → `'en'`, `'es_419'` → `'es'`.
 * Every comparison of languages in the SDK and the elements goes through this one function.
 */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}
