/**
 * Zod schemas of every data collection. They are written with `zod/mini` so that the lazy feed validator stays
 * small in the browser; the build validates `data/*.json` with the same schemas, so the two can never disagree.
 *
 * @module
 */
import * as z from 'zod/mini';

// Size: this module is most of the lazy feed validator (budget 7 KB gz, zod included). Checks are plain functions given
// to `.check()`, which zod/mini runs on the parse payload: z.regex, z.minLength, z.refine, z.superRefine, z.int,
// z.literal and z.record would each bring more of zod into the browser. Schemas used in many places are built once.

type Path = (string | number)[];

/**
 * Reports a problem found by a check function, at `path` inside the checked value. Like zod's own checks, a problem
 * does not stop the checks of the enclosing objects, so one pass reports all it can.
 */
const report = (ctx: z.core.ParsePayload, message: string, path?: Path, input: unknown = ctx.value) =>
  ctx.issues.push({ code: 'custom', message, input, path, continue: true });

/** JSON Schema keywords that say what a check function checks (`minLength` stands for `minItems` on a list). */
export type CheckJson = Record<string, unknown>;

/**
 * A check function that reports `message` when `ok` fails for the value. toJSONSchema cannot see inside a function,
 * so the check carries its meaning as `json` for the published JSON Schemas (src/cli/feed-files.ts).
 */
const rule = <T>(ok: (value: T) => unknown, message: string, json: CheckJson) =>
  Object.assign(
    (ctx: z.core.ParsePayload<T>) => {
      if (!ok(ctx.value)) report(ctx, message);
    },
    { json },
  );

/** Non-empty text or list. */
const nonEmpty = rule((v: { length: number }) => v.length, 'must not be empty', { minLength: 1 });

/** A string that matches `pattern`. */
const matching = (pattern: RegExp, message: string) =>
  z.string().check(rule((s: string) => pattern.test(s), message, { pattern: pattern.source }));

/** Non-empty text. */
const text = z.string().check(nonEmpty);
/** Optional text (may be empty). */
const optString = z.optional(z.string());
const optText = z.optional(text);
const strings = z.array(z.string());
const optBoolean = z.optional(z.boolean());

/** A list with at least one item. */
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(nonEmpty);

/** A record id: lowercase words joined by hyphens (stable; other records and attributes refer to it). */
export const IdSchema = matching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase-kebab-case');
const optIds = z.optional(z.array(IdSchema));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = matching(
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'must be an ISO date (YYYY-MM-DD)',
);

/** A date-time with an explicit UTC offset, e.g. `2019-08-14T13:00:00-04:00`. */
export const IsoDateTimeSchema = matching(
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/,
  'must be an ISO 8601 date-time with offset',
);

/** An https URL (the only web scheme data may carry). */
const httpsPattern = /^https:\/\/[^\s"<>]+$/;
const httpsMessage = 'must be an https: URL';
export const HttpsUrlSchema = matching(httpsPattern, httpsMessage);
const optUrl = z.optional(HttpsUrlSchema);

/** An email address. */
const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
const emailMessage = 'must be an email address';
export const EmailSchema = matching(emailPattern, emailMessage);

/**
 * A US phone number in E.164 form (`+18883737888`) or a US short code / N11 number (`911`, `711`, `233733`).
 * Area code and exchange may not start with 0 or 1 (NANP rules).
 */
const phonePattern = /^(\+1[2-9]\d{2}[2-9]\d{6}|[2-9]11|\d{5,6})$/;
const phoneMessage = 'must be a US number in E.164 (+1NXXNXXXXXX) or a short code';
export const PhoneSchema = matching(phonePattern, phoneMessage);

/** BCP 47 language tag (`en`, `es`, `pt-BR`). */
const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const languageTagMessage = 'must be a BCP 47 language tag';
export const LanguageTagSchema = matching(languageTagPattern, languageTagMessage);
const languages = z.array(LanguageTagSchema);

/** Text a person reads, in English and (where written) Spanish. Missing Spanish falls back to English. */
export const LocalizedTextSchema = z.object({ en: text, es: optText });
const optLocalized = z.optional(LocalizedTextSchema);

/** Text that must exist in both English and Spanish (safety-critical content: hotlines, red flags, notice). */
export const BilingualTextSchema = z.object({ en: text, es: text });
const optBilingual = z.optional(BilingualTextSchema);

/** Where a fact comes from. `key` is a short tag used by indicator lists (e.g. `DHS`). */
export const SourceRefSchema = z.object({ title: text, url: optUrl, key: optString, note: optString });

/** A whole number (a year). Not z.int(): that brings zod's number formats. */
export const WholeNumberSchema = z
  .number()
  .check(rule(Number.isSafeInteger, 'must be a whole number', { type: 'integer' }));

/** Fields every record carries (exported for the page-content schemas). */
export const recordBase = {
  id: IdSchema,
  sources: list(SourceRefSchema),
  reviewed: IsoDateSchema,
};

/** Kinds of contact point; phone kinds follow HSDS `phone.type` (voice, text, textphone). */
export const ContactKindSchema = z.enum(['voice', 'text', 'textphone', 'chat', 'email', 'web']);

/**
 * One way to reach someone. `value` is an E.164 number or short code for voice/text/textphone, an address for email,
 * an https URL for chat/web. `display` is how the number is written for people (`1-888-373-7888`).
 */
export const ContactPointSchema = z
  .object({
    kind: ContactKindSchema,
    value: text,
    display: optString,
    /** Keyword to send by text (`HELP`), put into the `sms:` body. */
    keyword: optString,
    /** Extension or access code dialled after the call connects. */
    extension: optString,
    /** Who answers or what this line is for (`Program Coordinator Ellie Cuifalo`). */
    label: optLocalized,
    contactName: optString,
    contactTitle: optLocalized,
  })
  .check((ctx) => {
    // The value's form depends on the kind: a number for phone kinds, an address for email, else an https URL.
    const { kind, value } = ctx.value;
    const [pattern, message] =
      kind === 'email'
        ? [emailPattern, emailMessage]
        : kind === 'chat' || kind === 'web'
          ? [httpsPattern, httpsMessage]
          : [phonePattern, phoneMessage];
    if (!pattern.test(value)) report(ctx, message, ['value'], value);
  });

/** What a hotline is for; the banner and what-to-do boxes pick contacts by use. */
export const HotlineUseSchema = z.enum(['emergency', 'help', 'child', 'report', 'tip']);

/** An emergency number or hotline. */
export const HotlineSchema = z.object({
  ...recordBase,
  name: BilingualTextSchema,
  shortName: optBilingual,
  /** The name as it reads after "Call" / "Llame a" ("the National Human Trafficking Hotline"). */
  actionName: optBilingual,
  whenToUse: BilingualTextSchema,
  /** A few words for compact layouts ("Not safe?"). */
  whenShort: optBilingual,
  uses: list(HotlineUseSchema),
  scope: z.enum(['national', 'state']),
  /** Opening hours, only where a source states them. */
  hours: optBilingual,
  /** True only where a source says the line answers around the clock. */
  available247: optBoolean,
  /** True only where a source says contacts are confidential. */
  confidential: optBoolean,
  /** Languages spoken by the people who answer (BCP 47); empty when no source says. */
  languages: languages,
  languagesNote: optBilingual,
  contacts: list(ContactPointSchema),
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
export const ReferralRouteSchema = z.enum([
  'self',
  'family',
  'professional',
  'dcf-hart-liaison',
  'dcf',
  'law-enforcement',
  'school',
]);

/**
 * Where a service is offered. `statewide` and `national` match every Connecticut town. `unspecified` means the source
 * does not say where: such services are never dropped by a distance search, only listed after the located ones with
 * "area not stated" (see docs/providers.md).
 */
export const ServiceAreaSchema = z
  .object({
    scope: z.enum(['national', 'statewide', 'region', 'towns', 'unspecified']),
    /** Connecticut towns (for `region` / `towns`), as spelled by the state. */
    towns: z.optional(z.array(text)),
    /** DCF area offices served, where the source names them. */
    dcfOffices: z.optional(strings),
    description: optLocalized,
  })
  .check((ctx) => {
    // A town list only makes sense for a local area; an unstated or state-wide area listing towns is a data error.
    const { scope, towns } = ctx.value;
    const local = scope === 'region' || scope === 'towns';
    if (scope === 'towns' && !towns?.length) report(ctx, 'scope "towns" needs at least one town', ['towns'], towns);
    if (!local && towns?.length) report(ctx, `scope "${scope}" cannot list towns`, ['towns'], towns);
  });

/** A place. Only as precise as the source: a town is enough; `confidential` means "call for location". */
export const LocationSchema = z.object({
  id: IdSchema,
  name: optLocalized,
  town: optString,
  state: z.optional(z.enum(['CT'])),
  confidential: optBoolean,
});

/** A program an organization runs (HSDS `service`). */
export const ServiceSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  categories: list(ServiceCategorySchema),
  populations: z.array(PopulationSchema),
  ages: z.optional(z.object({ min: z.optional(z.number()), max: z.optional(z.number()) })),
  eligibility: optLocalized,
  serviceArea: ServiceAreaSchema,
  languages: languages,
  contacts: z.array(ContactPointSchema),
  url: optUrl,
  referral: z.object({
    routes: list(ReferralRouteSchema),
    description: optLocalized,
  }),
  /** Answers crisis calls around the clock (extension: HSDS has no such field). */
  crisis247: optBoolean,
  schedule: optLocalized,
  locationIds: optIds,
  status: z.optional(z.enum(['active', 'inactive'])),
});

/** An organization with its services and locations (maps to HSDS organization/service/location). */
export const ProviderSchema = z.object({
  ...recordBase,
  name: text,
  alternateName: optString,
  description: LocalizedTextSchema,
  url: optUrl,
  email: z.optional(EmailSchema),
  contacts: z.optional(z.array(ContactPointSchema)),
  locations: z.array(LocationSchema),
  services: list(ServiceSchema),
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
  seriesTitle: optLocalized,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Absent when the event is offered on request and has no date yet (`status: on-request`). */
  start: z.optional(IsoDateTimeSchema),
  end: z.optional(IsoDateTimeSchema),
  timeZone: z.enum(['America/New_York']),
  audience: z.array(AudienceSchema),
  where: z.object({
    /** `not-stated`: the source gives no joining details (nor says online or in person). */
    mode: z.enum(['online', 'phone', 'in-person', 'to-be-arranged', 'not-stated']),
    dialIn: z.optional(z.object({ number: PhoneSchema, display: z.string(), accessCode: optString })),
    url: optUrl,
    place: z.optional(z.object({ name: optString, town: optString })),
  }),
  registration: z.optional(z.object({ email: z.optional(EmailSchema), phone: z.optional(PhoneSchema), url: optUrl })),
  organizers: strings,
  status: z.enum(['scheduled', 'cancelled', 'postponed', 'on-request']),
});

/**
 * A Connecticut public act, or points a source lists among the acts without naming one (then `number` and `year`
 * are absent and the sources say so): a point is attributed and dated only as its source does.
 */
export const LegislationSchema = z.object({
  ...recordBase,
  year: z.optional(WholeNumberSchema),
  /** Public act number as `YY-NNN`. */
  number: z.optional(matching(/^\d{2}-\d{1,3}$/, 'must be a public act number like 16-71')),
  title: optLocalized,
  effective: z.optional(IsoDateSchema),
  topics: z.optional(strings),
  points: list(LocalizedTextSchema),
});

/** An item of the resource library. */
export const ResourceSchema = z.object({
  ...recordBase,
  title: LocalizedTextSchema,
  publisher: optString,
  year: z.optional(WholeNumberSchema),
  kind: z.enum([
    'guide',
    'toolkit',
    'report',
    'curriculum',
    'website',
    'video',
    'contact-list',
    'data',
    'organization',
  ]),
  audience: z.optional(z.array(AudienceSchema)),
  url: optUrl,
  description: optLocalized,
});

/** The sources of the red flags, by key: DHS Blue Campaign, National Hotline, Dept. of Education, HHS, attorneys general. */
export const IndicatorSourceKeySchema = z.enum(['DHS', 'NHTH', 'ED', 'HHS', 'AG']);

/**
 * One indicator ("red flag"), or one of the private questions. `sourceKeys` name the red-flag sources by key; each
 * key must also be the `key` of one of the record's `sources`, so a reader can always see where a sign comes from.
 */
export const IndicatorSchema = z.object({
  id: IdSchema,
  text: BilingualTextSchema,
  sourceKeys: list(IndicatorSourceKeySchema),
});

/**
 * A step of the "what to do" guidance. Numbers are never written into `text`: `hotlines` names hotline ids and the
 * links are built from the hotline data.
 */
export const GuidanceStepSchema = z.object({
  id: IdSchema,
  text: BilingualTextSchema,
  hotlines: optIds,
});

type Indicator = z.output<typeof IndicatorSchema>;

/** A group of indicators (`guests`, `rooms`, ...). */
export const RedFlagsCategorySchema = z.object({
  id: IdSchema,
  title: BilingualTextSchema,
  indicators: list(IndicatorSchema),
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
export const RedFlagsSchema = z
  .object({
    ...recordBase,
    /** Who the card is for; absent on a shared list. */
    audience: z.optional(AudienceSchema),
    title: BilingualTextSchema,
    intro: optBilingual,
    categories: list(RedFlagsCategorySchema),
    /** Ids of shared lists (records without `audience`) whose categories this card shows after its own. */
    includes: optIds,
    /** Questions to ask in private (health care). */
    questions: z.optional(list(IndicatorSchema)),
    whatToDo: z.array(GuidanceStepSchema),
  })
  .check((ctx) => {
    const r = ctx.value;
    const fail = (message: string, ...path: Path) => report(ctx, message, path);
    const shared = !r.audience;
    if (!shared && !r.whatToDo.length) fail('a card needs at least one "what to do" step', 'whatToDo');
    if (shared && r.whatToDo.length)
      fail('a shared list (no audience) has no guidance of its own: leave it empty', 'whatToDo');
    if (shared && r.includes?.length) fail('a shared list (no audience) cannot include other lists', 'includes');
    if (shared && r.questions) fail('a shared list (no audience) has no questions', 'questions');
    if (r.includes?.includes(r.id)) fail('a record cannot include itself', 'includes');
    // Ids are unique per kind (indicators and questions together); `path` is the item's.
    const seen = new Set<string>();
    const unique = (kind: string, id: string, path: Path) => {
      const key = `${kind}:${id}`;
      if (seen.has(key)) fail(`duplicate ${kind} id "${id}"`, ...path, 'id');
      seen.add(key);
    };
    const keys = r.sources.map((s) => s.key);
    const sign = (ind: Indicator, path: Path) => {
      unique('indicator or question', ind.id, path);
      ind.sourceKeys.forEach((k, i) => {
        if (!keys.includes(k))
          fail(`source key "${k}" is not the key of any of the record's sources`, ...path, 'sourceKeys', i);
      });
    };
    r.categories.forEach((c, ci) => {
      unique('category', c.id, ['categories', ci]);
      // Elements show the private questions as one more section, named "questions".
      if (c.id === 'questions') fail('"questions" is reserved for the private questions', 'categories', ci, 'id');
      c.indicators.forEach((ind, ii) => sign(ind, ['categories', ci, 'indicators', ii]));
    });
    r.questions?.forEach((q, qi) => sign(q, ['questions', qi]));
    r.whatToDo.forEach((step, si) => unique('step', step.id, ['whatToDo', si]));
  });

/** A phrase with `{placeholder}`s that must all be present (`Call {number}`). */
const phraseSchema = (...placeholders: string[]) =>
  text.check((ctx) => {
    for (const p of placeholders) if (!ctx.value.includes(`{${p}}`)) report(ctx, `must contain {${p}}`);
  });
const numberPhrase = phraseSchema('number');

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
  show: list(NoticeContactKindSchema),
  /** The line's short heading ("In immediate danger?"). */
  title: text,
  /** Who the line is for and what it offers (hours, confidentiality, languages). */
  text: optText,
});

/**
 * The whole notice in one language, including the action phrases, so that a new language needs only data
 * (the element's buttons fall back to the page language).
 */
export const NoticeTextSchema = z.object({
  /** The language's own name (`English`, `Español`), shown when a lobby display rotates between languages. */
  languageName: text,
  heading: text,
  /** The statement § 54-222(b) asks for, in our own words. */
  statement: text,
  lines: list(NoticeLineSchema),
  /** Phrases around the numbers; `{number}` and `{keyword}` are filled from the hotline data. */
  actions: z.object({
    call: numberPhrase,
    text: numberPhrase,
    textKeyword: phraseSchema('number', 'keyword'),
    scanCall: numberPhrase,
    scanText: numberPhrase,
  }),
  footer: optText,
});

/**
 * The notice's text by language (BCP 47 key). An object whose every value is checked (cheaper in the browser than
 * `z.record`); a check makes the keys language tags and requires English and Spanish.
 */
export const NoticeTextsSchema = z.catchall(z.object({}), NoticeTextSchema).check(
  Object.assign(
    (ctx: z.core.ParsePayload<object>) => {
      for (const k in ctx.value) if (!languageTagPattern.test(k)) report(ctx, languageTagMessage, [k], k);
    },
    { json: { propertyNames: { type: 'string', pattern: languageTagPattern.source } } },
  ),
  rule(
    (texts: { en?: unknown; es?: unknown }) => texts.en && texts.es,
    'needs English ("en") and Spanish ("es") text',
    {
      required: ['en', 'es'],
    },
  ),
);

/** A statute the notice rests on, with what it covers. */
export const NoticeCitationSchema = z.object({
  cite: text,
  about: BilingualTextSchema,
});

/** The posting notice required by Conn. Gen. Stat. § 54-234a (content set by § 54-222(b)). */
export const NoticeSchema = z.object({
  ...recordBase,
  citations: list(NoticeCitationSchema),
  /**
   * Full text per language (BCP 47 key); only languages with real translations are present. English and Spanish
   * are required.
   */
  text: NoticeTextsSchema,
  /** Which help line the QR code calls or texts by default. */
  qr: z.object({ hotline: IdSchema, kind: NoticeContactKindSchema }),
  /** Who must post the notice, one kind of business per item. */
  whoMustPost: list(BilingualTextSchema),
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

export {
  allCollectionNames,
  collectionNames,
  pageCollectionNames,
  type AnyCollectionName,
  type CollectionName,
  type PageCollectionName,
} from './collection-names.js';

// Compile-time check: the light list of names and the schemas name the same collections.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const namesMatchSchemas: SameKeys<keyof typeof collectionSchemas, import('./collection-names.js').CollectionName> =
  true;
void namesMatchSchemas;
