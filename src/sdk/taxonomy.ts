/**
 * Our own service taxonomy: the service categories, the groups served and the referral routes, each with English and
 * Spanish labels and the words people type when they look for it ("lawyer", "abogado" -> legal; "therapy", "terapia"
 * -> mental health; "vivienda" -> housing help). Matching is case- and accent-insensitive. Shelter words ("shelter",
 * "albergue", "safe house") name no category: no listed service is a shelter (see {@link shelterAsked}).
 *
 * HSDS 3.0 has no fixed taxonomy; the export (`toHsds`) publishes these terms as `taxonomy_term`s.
 *
 * @module
 */
import { foldText, MIN_PREFIX, stopWords, termMatch, tokenize } from './text-search.js';
import type { BilingualText, LangOptions, Population, ReferralRoute, ServiceCategory } from './types.js';

/** A term of the taxonomy: what people read, and the words that find it. */
export interface TaxonomyTerm {
  label: BilingualText;
  /** Words and short phrases people use for it, in each language (matched accent-insensitively, plurals folded). */
  synonyms: { en: readonly string[]; es: readonly string[] };
}

/** Service categories, in the order the finder lists them. */
export const serviceCategories: Readonly<Record<ServiceCategory, TaxonomyTerm>> = {
  'survivor-care': {
    label: { en: 'Survivor care', es: 'Atención a sobrevivientes' },
    synonyms: {
      en: ['survivor', 'victim', 'victim services', 'advocacy', 'advocate', 'trafficking', 'support', 'recovery'],
      es: ['sobreviviente', 'víctima', 'atención a víctimas', 'apoyo', 'acompañamiento', 'trata', 'recuperación'],
    },
  },
  'case-management': {
    label: { en: 'Case management', es: 'Manejo de casos' },
    synonyms: {
      en: ['case manager', 'caseworker', 'case worker', 'social worker', 'coordination', 'referrals'],
      es: ['administración de casos', 'gestión de casos', 'trabajador social', 'trabajadora social', 'coordinación'],
    },
  },
  // Not "shelter": no listed service is an emergency shelter. Shelter words are answered by `shelterAsked` (search).
  housing: {
    label: { en: 'Housing help', es: 'Ayuda con la vivienda' },
    synonyms: {
      en: ['housing', 'house', 'home', 'homeless', 'rent', 'apartment', 'place to stay'],
      es: ['vivienda', 'alojamiento', 'casa', 'hogar', 'sin hogar', 'renta', 'alquiler', 'apartamento'],
    },
  },
  'basic-needs': {
    label: { en: 'Basic needs', es: 'Necesidades básicas' },
    synonyms: {
      en: ['food', 'clothing', 'clothes', 'groceries', 'essentials', 'diapers'],
      es: ['comida', 'alimentos', 'ropa', 'despensa', 'pañales'],
    },
  },
  'mental-health': {
    label: { en: 'Mental health and therapy', es: 'Salud mental y terapia' },
    synonyms: {
      en: [
        'therapy',
        'therapist',
        'counseling',
        'counselling',
        'counselor',
        'trauma',
        'psychologist',
        'psychiatrist',
        'clinical',
      ],
      es: [
        'terapia',
        'terapeuta',
        'consejería',
        'consejero',
        'psicólogo',
        'psicóloga',
        'psiquiatra',
        'trauma',
        'clínico',
      ],
    },
  },
  'foster-care': {
    label: { en: 'Foster care', es: 'Cuidado de crianza' },
    synonyms: {
      en: ['foster', 'foster parent', 'foster family', 'placement', 'adoption', 'permanency'],
      es: [
        'crianza',
        'familia de crianza',
        'hogar de crianza',
        'hogar temporal',
        'colocación',
        'adopción',
        'permanencia',
      ],
    },
  },
  mentoring: {
    label: { en: 'Mentoring', es: 'Mentoría' },
    synonyms: {
      en: ['mentor', 'mentorship', 'role model', 'volunteer'],
      es: ['mentor', 'mentora', 'mentoría', 'voluntario', 'voluntaria'],
    },
  },
  legal: {
    label: { en: 'Legal help', es: 'Ayuda legal' },
    synonyms: {
      en: ['lawyer', 'attorney', 'legal aid', 'court', 'custody', 'divorce', 'restraining order', 'rights', 'law'],
      es: [
        'abogado',
        'abogada',
        'asesoría legal',
        'tribunal',
        'corte',
        'custodia',
        'divorcio',
        'orden de restricción',
        'derechos',
        'ley',
      ],
    },
  },
  immigration: {
    label: { en: 'Immigration', es: 'Inmigración' },
    synonyms: {
      en: [
        'immigration',
        'immigrant',
        'visa',
        't visa',
        'u visa',
        'green card',
        'residency',
        'asylum',
        'refugee',
        'deportation',
      ],
      es: [
        'inmigración',
        'inmigrante',
        'migrante',
        'visa',
        'residencia',
        'asilo',
        'refugiado',
        'deportación',
        'papeles',
      ],
    },
  },
  'victim-compensation': {
    label: { en: 'Victim compensation', es: 'Compensación a víctimas' },
    synonyms: {
      en: ['compensation', 'expenses', 'bills', 'money', 'reimbursement', 'financial help', 'crime victim'],
      es: [
        'compensación',
        'indemnización',
        'gastos',
        'cuentas',
        'dinero',
        'reembolso',
        'ayuda económica',
        'víctima de delito',
      ],
    },
  },
  'prevention-education': {
    label: { en: 'Prevention education', es: 'Educación preventiva' },
    synonyms: {
      en: ['prevention', 'curriculum', 'workshop', 'awareness', 'class', 'education', 'outreach'],
      es: ['prevención', 'currículo', 'taller', 'concientización', 'clase', 'educación', 'difusión'],
    },
  },
  'professional-training': {
    label: { en: 'Training for professionals', es: 'Capacitación para profesionales' },
    synonyms: {
      en: ['training', 'train', 'staff training', 'facilitator', 'webinar', 'professional'],
      es: ['capacitación', 'entrenamiento', 'formación', 'facilitador', 'facilitadora', 'seminario web', 'profesional'],
    },
  },
  'health-care': {
    label: { en: 'Health care', es: 'Atención médica' },
    synonyms: {
      en: ['medical', 'doctor', 'clinic', 'health', 'nurse', 'hospital', 'dental'],
      es: ['médico', 'médica', 'doctor', 'doctora', 'clínica', 'salud', 'enfermera', 'hospital', 'dentista'],
    },
  },
  employment: {
    label: { en: 'Jobs and job skills', es: 'Empleo y capacitación laboral' },
    synonyms: {
      en: ['job', 'work', 'employment', 'career', 'job training', 'vocational'],
      es: ['empleo', 'trabajo', 'chamba', 'capacitación laboral', 'oficio', 'vocacional'],
    },
  },
  'language-support': {
    label: { en: 'Language help and English classes', es: 'Apoyo con el idioma y clases de inglés' },
    synonyms: {
      en: [
        'english class',
        'esl',
        'interpreter',
        'interpretation',
        'translation',
        'translator',
        'language',
        'cultural',
      ],
      es: [
        'clases de inglés',
        'inglés',
        'intérprete',
        'interpretación',
        'traducción',
        'traductor',
        'idioma',
        'cultural',
      ],
    },
  },
  transportation: {
    label: { en: 'Transportation', es: 'Transporte' },
    synonyms: {
      en: ['ride', 'bus', 'transit', 'travel', 'car'],
      es: ['transporte', 'traslado', 'autobús', 'pasaje', 'viaje'],
    },
  },
  'faith-community': {
    label: { en: 'Faith and community', es: 'Fe y comunidad' },
    synonyms: {
      en: ['church', 'faith', 'spiritual', 'religious', 'congregation', 'ministry', 'community'],
      es: ['iglesia', 'fe', 'espiritual', 'religioso', 'religiosa', 'congregación', 'ministerio', 'comunidad'],
    },
  },
};

/**
 * One sentence per category on what it covers (HSDS `taxonomy_term.description`). Kept apart from the labels and
 * synonyms so that only the export, not the finder, carries them.
 */
export const serviceCategoryDescriptions: Readonly<Record<ServiceCategory, BilingualText>> = {
  'survivor-care': {
    en: 'Services for people who have been trafficked or are at high risk of it.',
    es: 'Servicios para personas que han sido víctimas de la trata o que están en alto riesgo de serlo.',
  },
  'case-management': {
    en: 'A case manager who plans services with the person and connects them to other help.',
    es: 'Una persona encargada de su caso que planea los servicios con usted y le ayuda a obtener otros apoyos.',
  },
  housing: {
    en: 'Help finding or keeping a safe place to live.',
    es: 'Ayuda para encontrar o mantener un lugar seguro donde vivir.',
  },
  'basic-needs': {
    en: 'Food, clothing and other everyday essentials.',
    es: 'Comida, ropa y otras cosas esenciales del día a día.',
  },
  'mental-health': {
    en: 'Therapy, counseling and other care for emotional health and trauma.',
    es: 'Terapia, consejería y otra atención para la salud emocional y el trauma.',
  },
  'foster-care': {
    en: 'Foster homes and the support foster families need, including adoption and permanency.',
    es: 'Hogares de crianza y el apoyo que necesitan las familias de crianza, incluidas la adopción y la permanencia.',
  },
  mentoring: {
    en: 'A trained adult who spends regular one-to-one time with a young person.',
    es: 'Una persona adulta capacitada que pasa tiempo individual con un joven de forma regular.',
  },
  legal: {
    en: 'Lawyers and legal advice, for example on protective orders, custody, benefits and rights as a victim.',
    es: 'Abogados y asesoría legal, por ejemplo sobre órdenes de protección, custodia, beneficios y derechos como víctima.',
  },
  immigration: {
    en: 'Help with immigration status, visas and residency.',
    es: 'Ayuda con el estatus migratorio, las visas y la residencia.',
  },
  'victim-compensation': {
    en: 'Money to help crime victims pay certain costs caused by the crime.',
    es: 'Dinero para ayudar a las víctimas de delitos a pagar ciertos gastos causados por el delito.',
  },
  'prevention-education': {
    en: 'Lessons and workshops that help young people and communities recognize and avoid trafficking.',
    es: 'Clases y talleres que ayudan a jóvenes y comunidades a reconocer y evitar la trata.',
  },
  'professional-training': {
    en: 'Training for staff of schools, agencies and other organizations on identifying and helping victims.',
    es: 'Capacitación para el personal de escuelas, agencias y otras organizaciones sobre cómo identificar y ayudar a las víctimas.',
  },
  'health-care': {
    en: 'Medical care and health services.',
    es: 'Atención médica y servicios de salud.',
  },
  employment: {
    en: 'Job training and help finding work.',
    es: 'Capacitación laboral y ayuda para encontrar trabajo.',
  },
  'language-support': {
    en: 'English classes, interpreting and cultural support.',
    es: 'Clases de inglés, interpretación y apoyo cultural.',
  },
  transportation: {
    en: 'Rides and help getting to appointments and services.',
    es: 'Traslados y ayuda para llegar a citas y servicios.',
  },
  'faith-community': {
    en: 'Churches and community groups working against trafficking, and spiritual support.',
    es: 'Iglesias y grupos de la comunidad que trabajan contra la trata, y apoyo espiritual.',
  },
};

/** Groups a service is for, with the words that find them. */
export const populations: Readonly<Record<Population, TaxonomyTerm>> = {
  children: term('Children', 'Niños y niñas', ['child', 'kid', 'minor'], ['niño', 'niña', 'menor', 'infantil']),
  youth: term(
    'Youth',
    'Jóvenes',
    ['teen', 'teenager', 'adolescent', 'young'],
    ['joven', 'adolescente', 'muchacho', 'muchacha'],
  ),
  adults: term('Adults', 'Personas adultas', ['adult'], ['adulto', 'adulta']),
  families: term('Families', 'Familias', ['family', 'parent'], ['familia', 'padre', 'madre']),
  caregivers: term('Caregivers', 'Cuidadores', ['caregiver', 'guardian'], ['cuidador', 'cuidadora', 'tutor', 'tutora']),
  'foster-parents': term('Foster parents', 'Familias de crianza', ['foster parent'], ['familia de crianza']),
  survivors: term('Survivors', 'Sobrevivientes', ['survivor', 'victim'], ['sobreviviente', 'víctima']),
  'at-risk-youth': term('Youth at risk', 'Jóvenes en riesgo', ['at risk', 'high risk'], ['en riesgo', 'alto riesgo']),
  'dcf-involved-youth': term('Youth involved with DCF', 'Jóvenes atendidos por el DCF', ['dcf'], ['dcf']),
  immigrants: term(
    'Immigrants',
    'Inmigrantes',
    ['immigrant', 'newcomer'],
    ['inmigrante', 'migrante', 'recién llegado'],
  ),
  refugees: term('Refugees', 'Refugiados', ['refugee'], ['refugiado', 'refugiada']),
  'low-income': term('People with low income', 'Personas de bajos ingresos', ['low income'], ['bajos ingresos']),
  'crime-victims': term(
    'Crime victims',
    'Víctimas de delitos',
    ['crime victim', 'victim'],
    ['víctima de delito', 'víctima'],
  ),
  professionals: term(
    'Professionals and agencies',
    'Profesionales y agencias',
    ['professional', 'agency', 'staff'],
    ['profesional', 'agencia', 'personal'],
  ),
  schools: term(
    'Schools',
    'Escuelas',
    ['school', 'teacher', 'student'],
    ['escuela', 'maestro', 'maestra', 'estudiante'],
  ),
  'faith-communities': term(
    'Faith communities',
    'Comunidades de fe',
    ['church', 'congregation'],
    ['iglesia', 'congregación'],
  ),
};

/** How someone gets into a service. */
export const referralRoutes: Readonly<Record<ReferralRoute, TaxonomyTerm>> = {
  self: term('You can contact them yourself', 'Puede comunicarse directamente', [], []),
  family: term('A family member can make the referral', 'Un familiar puede hacer el referido', [], []),
  professional: term(
    'Referral by a professional (for example a case worker, therapist or agency)',
    'Referido de un profesional (por ejemplo, un trabajador social, un terapeuta o una agencia)',
    [],
    [],
  ),
  'dcf-hart-liaison': term(
    'Referral through the DCF HART liaison',
    'Referido a través del enlace de HART del DCF',
    [],
    [],
  ),
  dcf: term('Referral through DCF', 'Referido a través del DCF', [], []),
  'law-enforcement': term('Referral by law enforcement', 'Referido de la policía u otras autoridades', [], []),
  school: term('Through a school or program', 'A través de una escuela o un programa', [], []),
};

function term(en: string, es: string, synEn: string[], synEs: string[]): TaxonomyTerm {
  return { label: { en, es }, synonyms: { en: synEn, es: synEs } };
}

/** Every service category, in display order. */
export const serviceCategoryIds = Object.keys(serviceCategories) as ServiceCategory[];
/** Every population, in display order. */
export const populationIds = Object.keys(populations) as Population[];

/** The label of a service category in `lang` (default English). */
export const categoryLabel = (category: ServiceCategory, { lang = 'en' }: LangOptions = {}): string =>
  serviceCategories[category].label[lang];
/** The label of a population in `lang` (default English). */
export const populationLabel = (population: Population, { lang = 'en' }: LangOptions = {}): string =>
  populations[population].label[lang];
/** How a referral route reads in `lang` (default English). */
export const referralRouteLabel = (route: ReferralRoute, { lang = 'en' }: LangOptions = {}): string =>
  referralRoutes[route].label[lang];

/**
 * The index words of a term: its labels and synonyms in both languages, tokenized, without stop words. Both
 * languages always: a Spanish speaker on an English page who types "abogado" still finds legal help.
 */
export function termWords(t: TaxonomyTerm): string[] {
  const text = [t.label.en, t.label.es, ...t.synonyms.en, ...t.synonyms.es].join(' ');
  return [...new Set(tokenize(text).filter((w) => !stopWords.has(w)))];
}

/** A word -> terms table for one vocabulary, sorted so prefixes can be looked up by binary search. */
export interface TermLexicon<K extends string> {
  words: string[];
  /** For each word, the terms it belongs to. */
  terms: K[][];
}

/** Builds the word table of a vocabulary (categories or populations). */
export function buildLexicon<K extends string>(vocabulary: Readonly<Record<K, TaxonomyTerm>>): TermLexicon<K> {
  const byWord = new Map<string, K[]>();
  for (const key of Object.keys(vocabulary) as K[]) {
    for (const w of termWords(vocabulary[key])) {
      const list = byWord.get(w) ?? [];
      if (!list.includes(key)) list.push(key);
      byWord.set(w, list);
    }
  }
  const words = [...byWord.keys()].sort();
  return { words, terms: words.map((w) => byWord.get(w)!) };
}

/** First index in a sorted list whose word is >= `term` (binary search). */
export function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The terms a query term points to, with how well: 2 when it is one of the term's words, 1 when it begins one.
 * @param lexicon - from {@link buildLexicon}
 * @param queryTerm - one index-form query word (see `queryTerms`)
 */
export function lookupTerm<K extends string>(lexicon: TermLexicon<K>, queryTerm: string): Map<K, 1 | 2> {
  const found = new Map<K, 1 | 2>();
  const start = lowerBound(lexicon.words, queryTerm);
  for (let i = start; i < lexicon.words.length; i++) {
    const how = termMatch(queryTerm, lexicon.words[i]);
    if (!how) break;
    for (const k of lexicon.terms[i]) if ((found.get(k) ?? 0) < how) found.set(k, how);
    if (queryTerm.length < MIN_PREFIX) break;
  }
  return found;
}

let categoryLexicon: TermLexicon<ServiceCategory> | undefined;
let populationLexicon: TermLexicon<Population> | undefined;

/** The category word table (built once). */
export const categoryWords = (): TermLexicon<ServiceCategory> => (categoryLexicon ??= buildLexicon(serviceCategories));
/** The population word table (built once). */
export const populationWords = (): TermLexicon<Population> => (populationLexicon ??= buildLexicon(populations));

/**
 * The service categories a query points to, in display order: `matchCategories('abogado')` -> `['legal']`,
 * `matchCategories('Terapia')` -> `['mental-health']`.
 * @param query - what the person typed (any language, any accents)
 */
export function matchCategories(query: string): ServiceCategory[] {
  const lexicon = categoryWords();
  const hit = new Set<ServiceCategory>();
  for (const t of tokenize(query)) for (const c of lookupTerm(lexicon, t).keys()) hit.add(c);
  return serviceCategoryIds.filter((c) => hit.has(c));
}

/** Words for an emergency shelter or safe house, in English and Spanish (folded: lowercase, no accents). */
export const shelterWords: readonly string[] = [
  'emergency shelter',
  'safe house',
  'shelter',
  'albergue',
  'refugio',
  'casa segura',
  'casa de seguridad',
];

let shelterPattern: RegExp | undefined;

/**
 * Whether a search asks for an emergency shelter, and the query without the shelter words ("shelter for youth" ->
 * "for youth"). `undefined` when it does not ask.
 * @param query - the words typed
 */
export function shelterAsked(query: string): { rest: string } | undefined {
  shelterPattern ??= new RegExp(`(^|[^a-z0-9])(${shelterWords.join('|')})(e?s)?(?=$|[^a-z0-9])`, 'g');
  const folded = foldText(query);
  const rest = folded.replace(shelterPattern, '$1 ');
  return rest === folded ? undefined : { rest: rest.trim() };
}
