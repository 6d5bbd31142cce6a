/**
 * Zod schemas of every data collection. They are written with `zod/mini` so that the lazy feed validator stays
 * small in the browser; the build validates `data/*.json` with the same schemas, so the two can never disagree.
 *
 * @module
 */
import * as z from 'zod/mini';

/** A record id: lowercase words joined by hyphens (stable; other records and attributes refer to it). */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase-kebab-case'));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be an ISO date (YYYY-MM-DD)'));

/** A date-time with an explicit UTC offset, e.g. `2019-08-14T13:00:00-04:00`. */
export const IsoDateTimeSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, 'must be an ISO 8601 date-time with offset'),
);

/** An https URL (the only web scheme data may carry). */
const httpsPattern = /^https:\/\/[^\s"<>]+$/;
export const HttpsUrlSchema = z.string().check(z.regex(httpsPattern, 'must be an https: URL'));

/** An email address. */
const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
export const EmailSchema = z.string().check(z.regex(emailPattern, 'must be an email address'));

/**
 * A US phone number in E.164 form (`+18883737888`) or a US short code / N11 number (`911`, `711`, `233733`).
 * Area code and exchange may not start with 0 or 1 (NANP rules).
 */
const phonePattern = /^(\+1[2-9]\d{2}[2-9]\d{6}|[2-9]11|\d{5,6})$/;
export const PhoneSchema = z.string().check(
  z.regex(phonePattern, 'must be a US number in E.164 (+1NXXNXXXXXX) or a short code'),
);

/** BCP 47 language tag (`en`, `es`, `pt-BR`). */
export const LanguageTagSchema = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'));

/** Text a person reads, in English and (where written) Spanish. Missing Spanish falls back to English. */
export const LocalizedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  es: z.optional(z.string().check(z.minLength(1))),
});

/** Text that must exist in both English and Spanish (safety-critical content: hotlines, red flags, notice). */
export const BilingualTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  es: z.string().check(z.minLength(1)),
});

/** Where a fact comes from. `key` is a short tag used by indicator lists (e.g. `DHS`). */
export const SourceRefSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.optional(HttpsUrlSchema),
  key: z.optional(z.string()),
  note: z.optional(z.string()),
});

/** Fields every record carries. */
const recordBase = {
  id: IdSchema,
  sources: z.array(SourceRefSchema).check(z.minLength(1, 'every record needs at least one source')),
  reviewed: IsoDateSchema,
};

/** Kinds of contact point; phone kinds follow HSDS `phone.type` (voice, text, textphone). */
export const ContactKindSchema = z.enum(['voice', 'text', 'textphone', 'chat', 'email', 'web']);

/**
 * One way to reach someone. `value` is an E.164 number or short code for voice/text/textphone, an address for email,
 * an https URL for chat/web. `display` is how the number is written for people (`1-888-373-7888`).
 */
export const ContactPointSchema = z.object({
  kind: ContactKindSchema,
  value: z.string().check(z.minLength(1)),
  display: z.optional(z.string()),
  /** Keyword to send by text (`HELP`), put into the `sms:` body. */
  keyword: z.optional(z.string()),
  /** Extension or access code dialled after the call connects. */
  extension: z.optional(z.string()),
  /** Who answers or what this line is for (`Program Coordinator Ellie Cuifalo`). */
  label: z.optional(LocalizedTextSchema),
  contactName: z.optional(z.string()),
  contactTitle: z.optional(LocalizedTextSchema),
}).check(
  z.superRefine((contact, ctx) => {
    const { kind, value } = contact;
    const fail = (message: string) => ctx.issues.push({ code: 'custom', message, input: value, path: ['value'] });
    if (kind === 'voice' || kind === 'text' || kind === 'textphone') {
      if (!phonePattern.test(value)) fail('must be a US number in E.164 (+1NXXNXXXXXX) or a short code');
    } else if (kind === 'email') {
      if (!emailPattern.test(value)) fail('must be an email address');
    } else if (!httpsPattern.test(value)) {
      fail('must be an https: URL');
    }
  }),
);

/** What a hotline is for; the banner and what-to-do boxes pick contacts by use. */
export const HotlineUseSchema = z.enum(['emergency', 'help', 'child', 'report', 'tip']);

/** An emergency number or hotline. */
export const HotlineSchema = z.object({
  ...recordBase,
  name: BilingualTextSchema,
  shortName: z.optional(BilingualTextSchema),
  /** The name as it reads after "Call" / "Llamar a" ("the National Human Trafficking Hotline"). */
  actionName: z.optional(BilingualTextSchema),
  whenToUse: BilingualTextSchema,
  /** A few words for compact layouts ("Not safe?"). */
  whenShort: z.optional(BilingualTextSchema),
  uses: z.array(HotlineUseSchema).check(z.minLength(1)),
  scope: z.enum(['national', 'state']),
  /** Opening hours, only where a source states them. */
  hours: z.optional(BilingualTextSchema),
  /** True only where a source says the line answers around the clock. */
  available247: z.optional(z.boolean()),
  /** True only where a source says contacts are confidential. */
  confidential: z.optional(z.boolean()),
  /** Languages spoken by the people who answer (BCP 47); empty when no source says. */
  languages: z.array(LanguageTagSchema),
  languagesNote: z.optional(BilingualTextSchema),
  contacts: z.array(ContactPointSchema).check(z.minLength(1)),
});

/** Our own service taxonomy (labels and synonyms live in the SDK's taxonomy module). */
export const ServiceCategorySchema = z.enum([
  'survivor-care',
  'case-management',
  'housing',
  'basic-needs',
  'mental-health',
  'foster-care',
  'mentoring',
  'legal',
  'immigration',
  'victim-compensation',
  'prevention-education',
  'professional-training',
  'health-care',
  'employment',
  'language-support',
  'transportation',
  'faith-community',
]);

/** Groups a service is for. */
export const PopulationSchema = z.enum([
  'children',
  'youth',
  'adults',
  'families',
  'caregivers',
  'foster-parents',
  'survivors',
  'at-risk-youth',
  'dcf-involved-youth',
  'immigrants',
  'refugees',
  'low-income',
  'crime-victims',
  'professionals',
  'schools',
  'faith-communities',
]);

/** How someone gets into a service. */
export const ReferralRouteSchema = z.enum(['self', 'family', 'professional', 'dcf-hart-liaison', 'dcf', 'law-enforcement', 'school']);

/**
 * Where a service is offered. `statewide` and `national` match every Connecticut town. `unspecified` means the source
 * does not say where: such services are never dropped by a distance search, only listed after the located ones with
 * "area not stated" (see docs/providers.md).
 */
export const ServiceAreaSchema = z.object({
  scope: z.enum(['national', 'statewide', 'region', 'towns', 'unspecified']),
  /** Connecticut towns (for `region` / `towns`), as spelled by the state. */
  towns: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** DCF area offices served, where the source names them. */
  dcfOffices: z.optional(z.array(z.string())),
  description: z.optional(LocalizedTextSchema),
}).check(
  z.superRefine((area, ctx) => {
    // A town list only makes sense for a local area; an unstated or state-wide area listing towns is a data error.
    const towns = area.towns ?? [];
    if (area.scope === 'towns' && !towns.length) {
      ctx.issues.push({ code: 'custom', message: 'scope "towns" needs at least one town', input: area.towns, path: ['towns'] });
    }
    if ((area.scope === 'unspecified' || area.scope === 'statewide' || area.scope === 'national') && towns.length) {
      ctx.issues.push({ code: 'custom', message: `scope "${area.scope}" cannot list towns`, input: area.towns, path: ['towns'] });
    }
  }),
);

/** A place. Only as precise as the source: a town is enough; `confidential` means "call for location". */
export const LocationSchema = z.object({
  id: IdSchema,
  name: z.optional(LocalizedTextSchema),
  town: z.optional(z.string()),
  state: z.optional(z.literal('CT')),
  confidential: z.optional(z.boolean()),
});

/** A program an organization runs (HSDS `service`). */
export const ServiceSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  categories: z.array(ServiceCategorySchema).check(z.minLength(1)),
  populations: z.array(PopulationSchema),
  ages: z.optional(z.object({ min: z.optional(z.number()), max: z.optional(z.number()) })),
  eligibility: z.optional(LocalizedTextSchema),
  serviceArea: ServiceAreaSchema,
  languages: z.array(LanguageTagSchema),
  contacts: z.array(ContactPointSchema),
  url: z.optional(HttpsUrlSchema),
  referral: z.object({
    routes: z.array(ReferralRouteSchema).check(z.minLength(1)),
    description: z.optional(LocalizedTextSchema),
  }),
  /** Answers crisis calls around the clock (extension: HSDS has no such field). */
  crisis247: z.optional(z.boolean()),
  schedule: z.optional(LocalizedTextSchema),
  locationIds: z.optional(z.array(IdSchema)),
  status: z.optional(z.enum(['active', 'inactive'])),
});

/** An organization with its services and locations (maps to HSDS organization/service/location). */
export const ProviderSchema = z.object({
  ...recordBase,
  name: z.string().check(z.minLength(1)),
  alternateName: z.optional(z.string()),
  description: LocalizedTextSchema,
  url: z.optional(HttpsUrlSchema),
  email: z.optional(EmailSchema),
  contacts: z.optional(z.array(ContactPointSchema)),
  locations: z.array(LocationSchema),
  services: z.array(ServiceSchema).check(z.minLength(1)),
});

/** Who an event, an indicator list or a resource is for. */
export const AudienceSchema = z.enum([
  'general',
  'hospitality',
  'education',
  'healthcare',
  'youth',
  'law-enforcement',
  'legal',
  'child-welfare',
  'judiciary',
  'service-providers',
  'parents',
]);

/** A training, webinar or event. */
export const EventSchema = z.object({
  ...recordBase,
  type: z.enum(['webinar', 'training', 'training-of-trainers', 'community-event', 'special-event']),
  series: z.optional(IdSchema),
  seriesTitle: z.optional(LocalizedTextSchema),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Absent when the event is offered on request and has no date yet (`status: on-request`). */
  start: z.optional(IsoDateTimeSchema),
  end: z.optional(IsoDateTimeSchema),
  timeZone: z.literal('America/New_York'),
  audience: z.array(AudienceSchema),
  where: z.object({
    mode: z.enum(['online', 'phone', 'in-person', 'to-be-arranged']),
    dialIn: z.optional(z.object({ number: PhoneSchema, display: z.string(), accessCode: z.optional(z.string()) })),
    url: z.optional(HttpsUrlSchema),
    place: z.optional(z.object({ name: z.optional(z.string()), town: z.optional(z.string()) })),
  }),
  registration: z.optional(
    z.object({ email: z.optional(EmailSchema), phone: z.optional(PhoneSchema), url: z.optional(HttpsUrlSchema) }),
  ),
  organizers: z.array(z.string()),
  status: z.enum(['scheduled', 'cancelled', 'postponed', 'on-request']),
});

/** A Connecticut public act. */
export const LegislationSchema = z.object({
  ...recordBase,
  year: z.int(),
  /** Public act number as `YY-NNN`. */
  number: z.string().check(z.regex(/^\d{2}-\d{1,3}$/, 'must be a public act number like 16-71')),
  title: z.optional(LocalizedTextSchema),
  effective: z.optional(IsoDateSchema),
  topics: z.optional(z.array(z.string())),
  points: z.array(LocalizedTextSchema).check(z.minLength(1)),
});

/** An item of the resource library. */
export const ResourceSchema = z.object({
  ...recordBase,
  title: LocalizedTextSchema,
  publisher: z.optional(z.string()),
  year: z.optional(z.int()),
  kind: z.enum(['guide', 'toolkit', 'report', 'curriculum', 'website', 'video', 'contact-list', 'data', 'organization']),
  audience: z.optional(z.array(AudienceSchema)),
  url: z.optional(HttpsUrlSchema),
  description: z.optional(LocalizedTextSchema),
});

/** The sources of indicators.md, by key: DHS Blue Campaign, National Hotline, Dept. of Education, HHS, attorneys general. */
export const IndicatorSourceKeySchema = z.enum(['DHS', 'NHTH', 'ED', 'HHS', 'AG']);

/**
 * One indicator ("red flag"), or one of the private questions. `sourceKeys` name the sources in indicators.md; each
 * key must also be the `key` of one of the record's `sources`, so a reader can always see where a sign comes from.
 */
export const IndicatorSchema = z.object({
  id: IdSchema,
  text: BilingualTextSchema,
  sourceKeys: z.array(IndicatorSourceKeySchema).check(z.minLength(1)),
});

/**
 * A step of the "what to do" guidance. Numbers are never written into `text`: `hotlines` names hotline ids and the
 * links are built from the hotline data.
 */
export const GuidanceStepSchema = z.object({
  id: IdSchema,
  text: BilingualTextSchema,
  hotlines: z.optional(z.array(IdSchema)),
});

/** A group of indicators (`guests`, `rooms`, ...). */
export const RedFlagsCategorySchema = z.object({
  id: IdSchema,
  title: BilingualTextSchema,
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
});

/**
 * Indicators and guidance for one audience (a "card"), or a shared list that cards include.
 *
 * - A card has an `audience` and at least one `whatToDo` step. `includes` names shared lists whose categories it
 *   shows after its own (education and health care both include `child-sex-trafficking`).
 * - A shared list has no `audience`, no guidance of its own (`whatToDo: []`: the including card's guidance applies),
 *   no `includes` and no `questions`.
 *
 * Inside a record, category, indicator, question and step ids are unique, and every indicator's source key names one
 * of the record's sources. References between records are checked by `redFlagsIssues` in the SDK.
 */
export const RedFlagsSchema = z.object({
  ...recordBase,
  /** Who the card is for; absent on a shared list. */
  audience: z.optional(AudienceSchema),
  title: BilingualTextSchema,
  intro: z.optional(BilingualTextSchema),
  categories: z.array(RedFlagsCategorySchema).check(z.minLength(1)),
  /** Ids of shared lists (records without `audience`) whose categories this card shows after its own. */
  includes: z.optional(z.array(IdSchema)),
  /** Questions to ask in private (health care). */
  questions: z.optional(z.array(IndicatorSchema).check(z.minLength(1))),
  whatToDo: z.array(GuidanceStepSchema),
}).check(
  z.superRefine((r, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.issues.push({ code: 'custom', message, input: r, path });
    if (r.audience) {
      if (!r.whatToDo.length) fail(['whatToDo'], 'a card needs at least one "what to do" step');
    } else {
      if (r.whatToDo.length) fail(['whatToDo'], 'a shared list (no audience) has no guidance of its own: leave it empty');
      if (r.includes?.length) fail(['includes'], 'a shared list (no audience) cannot include other lists');
      if (r.questions) fail(['questions'], 'a shared list (no audience) has no questions');
    }
    if (r.includes?.includes(r.id)) fail(['includes'], 'a record cannot include itself');
    const unique = (ids: string[], path: (i: number) => (string | number)[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) fail(path(i), `duplicate ${what} id "${id}"`);
        seen.add(id);
      });
    };
    unique(r.categories.map((c) => c.id), (i) => ['categories', i, 'id'], 'category');
    // Elements show the private questions as one more section, named "questions".
    r.categories.forEach((c, i) => c.id === 'questions' && fail(['categories', i, 'id'], '"questions" is reserved for the private questions'));
    unique(r.whatToDo.map((s) => s.id), (i) => ['whatToDo', i, 'id'], 'step');
    const signs = [
      ...r.categories.flatMap((c, ci) => c.indicators.map((ind, ii) => ({ ind, path: ['categories', ci, 'indicators', ii] }))),
      ...(r.questions ?? []).map((ind, qi) => ({ ind, path: ['questions', qi] })),
    ];
    unique(signs.map((s) => s.ind.id), (i) => [...signs[i].path, 'id'], 'indicator or question');
    const keys = new Set(r.sources.map((s) => s.key).filter(Boolean));
    signs.forEach(({ ind, path }) =>
      ind.sourceKeys.forEach((k, ki) => {
        if (!keys.has(k)) fail([...path, 'sourceKeys', ki], `source key "${k}" is not the key of any of the record's sources`);
      }),
    );
  }),
);

/** A phrase with `{placeholder}`s that must all be present (`Call {number}`). */
const phraseSchema = (...placeholders: string[]) =>
  z.string().check(
    z.minLength(1),
    z.refine((s) => placeholders.every((p) => s.includes(`{${p}}`)), `must contain ${placeholders.map((p) => `{${p}}`).join(' and ')}`),
  );

/** Contact kinds a notice line can show: numbers people call or text. */
export const NoticeContactKindSchema = z.enum(['voice', 'text']);

/**
 * One help line on the notice. The numbers are never written here: they come from the hotline record `hotline`
 * names (data/hotlines.json), so a changed number is changed once.
 */
export const NoticeLineSchema = z.object({
  /** Id of a record in data/hotlines.json. */
  hotline: IdSchema,
  /** Which of that hotline's contacts to show, by kind, in this order. */
  show: z.array(NoticeContactKindSchema).check(z.minLength(1)),
  /** The line's short heading ("In immediate danger?"). */
  title: z.string().check(z.minLength(1)),
  /** Who the line is for and what it offers (hours, confidentiality, languages). */
  text: z.optional(z.string().check(z.minLength(1))),
});

/**
 * The whole notice in one language, including the action phrases, so that a new language needs only data
 * (the element's buttons fall back to the page language).
 */
export const NoticeTextSchema = z.object({
  /** The language's own name (`English`, `Español`), shown when a lobby display rotates between languages. */
  languageName: z.string().check(z.minLength(1)),
  heading: z.string().check(z.minLength(1)),
  /** The statement § 54-222(b) asks for, in our own words. */
  statement: z.string().check(z.minLength(1)),
  lines: z.array(NoticeLineSchema).check(z.minLength(1)),
  /** Phrases around the numbers; `{number}` and `{keyword}` are filled from the hotline data. */
  actions: z.object({
    call: phraseSchema('number'),
    text: phraseSchema('number'),
    textKeyword: phraseSchema('number', 'keyword'),
    scanCall: phraseSchema('number'),
    scanText: phraseSchema('number'),
  }),
  footer: z.optional(z.string().check(z.minLength(1))),
});

/** A statute the notice rests on, with what it covers. */
export const NoticeCitationSchema = z.object({
  cite: z.string().check(z.minLength(1)),
  about: BilingualTextSchema,
});

/** The posting notice required by Conn. Gen. Stat. § 54-234a (content set by § 54-222(b)). */
export const NoticeSchema = z.object({
  ...recordBase,
  citations: z.array(NoticeCitationSchema).check(z.minLength(1)),
  /**
   * Full text per language (BCP 47 key); only languages with real translations are present. English and Spanish
   * are required.
   */
  text: z.record(LanguageTagSchema, NoticeTextSchema).check(
    z.refine((t) => Boolean(t.en && t.es), 'needs English ("en") and Spanish ("es") text'),
  ),
  /** Which help line the QR code calls or texts by default. */
  qr: z.object({ hotline: IdSchema, kind: NoticeContactKindSchema }),
  /** Who must post the notice, one kind of business per item. */
  whoMustPost: z.array(BilingualTextSchema).check(z.minLength(1)),
  /** Where the notice must be posted. */
  where: BilingualTextSchema,
  penalty: BilingualTextSchema,
  /** Who prepares the official form, and what this notice is (and is not). */
  officialForm: BilingualTextSchema,
  /** "Not legal advice." */
  disclaimer: BilingualTextSchema,
});

/** Every collection, by name. */
export const collectionSchemas = {
  hotlines: HotlineSchema,
  providers: ProviderSchema,
  events: EventSchema,
  redFlags: RedFlagsSchema,
  legislation: LegislationSchema,
  resources: ResourceSchema,
  notice: NoticeSchema,
} as const;

export { collectionNames, type CollectionName } from './collection-names.js';

// Compile-time check: the light list of names and the schemas name the same collections.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const namesMatchSchemas: SameKeys<keyof typeof collectionSchemas, import('./collection-names.js').CollectionName> = true;
void namesMatchSchemas;
