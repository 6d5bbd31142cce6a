/**
 * Seeded synthetic providers for benchmarks and search-correctness tests: same seed, same data. Services get
 * English and (some) Spanish text, real Connecticut post-office names from the generated geo table (so distances are
 * real), every kind of service area (towns, region, statewide, national, unspecified, towns the table lacks), ages,
 * populations and languages.
 */
import { ctPlaces } from '../../src/sdk/geo.js';
import { populationIds, serviceCategoryIds } from '../../src/sdk/taxonomy.js';
import type { Provider, Service, ServiceArea } from '../../src/sdk/types.js';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsEn = [
  'family',
  'center',
  'youth',
  'legal',
  'housing',
  'care',
  'community',
  'health',
  'hope',
  'bridge',
  'safe',
  'home',
  'shelter',
  'counseling',
  'mentor',
  'clinic',
  'advocacy',
  'outreach',
];
const wordsEs = [
  'familia',
  'centro',
  'jóvenes',
  'vivienda',
  'atención',
  'comunidad',
  'salud',
  'esperanza',
  'puente',
  'seguro',
  'hogar',
  'albergue',
  'consejería',
  'abogado',
  'clínica',
  'niñez',
];
/** Real Connecticut towns that have no post office of their own, so the table has no coordinates for them. */
const townsWithoutZip = ['Griswold', 'Sprague', 'Lisbon'];

/** `n` providers (one service each), generated from `seed`. */
export function syntheticProviders(n: number, seed = 1): Provider[] {
  const r = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const towns = ctPlaces().map((p) => p.name);
  const area = (): ServiceArea => {
    const x = r();
    if (x < 0.08) return { scope: 'statewide' };
    if (x < 0.1) return { scope: 'national' };
    if (x < 0.14) return { scope: 'unspecified', description: { en: 'Not stated.' } };
    if (x < 0.17) return { scope: 'region', description: { en: 'A region described in words.' } };
    if (x < 0.19) return { scope: 'towns', towns: [pick(townsWithoutZip)] };
    const list = [pick(towns), pick(towns), ...(r() < 0.3 ? [pick(towns)] : [])];
    return { scope: x < 0.6 ? 'towns' : 'region', towns: [...new Set(list)] };
  };
  return Array.from({ length: n }, (_, i) => {
    const min = r() < 0.5 ? Math.floor(r() * 18) : undefined;
    const spanish = r() < 0.4;
    const languages = r() < 0.2 ? [] : r() < 0.35 ? ['en', 'es'] : r() < 0.1 ? ['pt-BR', 'en'] : ['en'];
    const service: Service = {
      id: `s-${i}`,
      name: {
        en: `${pick(wordsEn)} ${pick(wordsEn)} program ${i}`,
        ...(spanish ? { es: `programa ${pick(wordsEs)} ${i}` } : {}),
      },
      description: {
        en: `${pick(wordsEn)} ${pick(wordsEn)} ${pick(wordsEn)} services`,
        ...(spanish ? { es: `servicios de ${pick(wordsEs)} y ${pick(wordsEs)}` } : {}),
      },
      categories: [...new Set([pick(serviceCategoryIds), pick(serviceCategoryIds)])],
      populations: [...new Set([pick(populationIds), ...(r() < 0.5 ? [pick(populationIds)] : [])])],
      ages: min === undefined ? undefined : { min, max: r() < 0.5 ? min + 5 + Math.floor(r() * 20) : undefined },
      serviceArea: area(),
      languages,
      contacts: [],
      referral: { routes: ['self'] },
    };
    return {
      id: `p-${i}`,
      name: `Provider ${i}`,
      description: { en: 'synthetic' },
      locations: [],
      services: [service],
      sources: [{ title: 'synthetic' }],
      reviewed: '2026-01-01',
    };
  });
}
