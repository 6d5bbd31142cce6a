/**
 * Seeded synthetic providers for benchmarks and search-correctness tests: same seed, same data.
 */
import type { Provider, Service, ServiceCategory, Population } from '../src/sdk/types.js';

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

const categories: ServiceCategory[] = ['survivor-care', 'case-management', 'housing', 'mental-health', 'foster-care', 'mentoring', 'legal', 'immigration', 'victim-compensation', 'prevention-education', 'health-care', 'faith-community'];
const populations: Population[] = ['youth', 'adults', 'survivors', 'immigrants', 'families', 'at-risk-youth'];
const towns = ['Hartford', 'New Haven', 'Bridgeport', 'Waterbury', 'Stamford', 'Norwalk', 'Danbury', 'New Britain', 'Bristol', 'Meriden', 'Middletown', 'Norwich', 'New London', 'Torrington', 'Willimantic'];
const words = ['family', 'center', 'youth', 'legal', 'housing', 'care', 'community', 'health', 'hope', 'bridge', 'safe', 'home'];

/** `n` providers (one service each), generated from `seed`. */
export function syntheticProviders(n: number, seed = 1): Provider[] {
  const r = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  return Array.from({ length: n }, (_, i) => {
    const statewide = r() < 0.1;
    const min = r() < 0.5 ? Math.floor(r() * 18) : undefined;
    const service: Service = {
      id: `s-${i}`,
      name: { en: `${pick(words)} ${pick(words)} program ${i}` },
      description: { en: `${pick(words)} ${pick(words)} ${pick(words)} services` },
      categories: [pick(categories), pick(categories)],
      populations: [pick(populations)],
      ages: min === undefined ? undefined : { min, max: r() < 0.5 ? min + 5 + Math.floor(r() * 20) : undefined },
      serviceArea: statewide ? { scope: 'statewide' } : { scope: 'towns', towns: [pick(towns), pick(towns)] },
      languages: r() < 0.3 ? ['en', 'es'] : ['en'],
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
