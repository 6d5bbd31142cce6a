/**
 * Export of the providers as Open Referral HSDS 3.0 JSON (organization, service, location, service_at_location,
 * phone, contact, language, service_area, schedule, attribute), valid against the HSDS 3.0 JSON Schemas, plus an
 * NDJSON form (one record per line) for bulk loaders.
 *
 * Mapping notes (details in docs/providers.md):
 * - Ids are UUIDs derived from our stable ids (version 5), so they stay the same from one export to the next.
 * - HSDS text fields hold one language: `lang` picks English or Spanish, falling back to English per field.
 * - Where HSDS has no field, our data travels as `attributes` with taxonomy terms of our own: service categories,
 *   populations, referral routes, the 24/7 crisis flag, the service-area scope and the confidential-location flag.
 * - `assured_date` is the record's `reviewed` date. A confidential location is exported without any address or
 *   coordinates, described as "call for location".
 *
 * @module
 */
import { localize } from './i18n.js';
import {
  populations,
  referralRoutes,
  serviceCategories,
  serviceCategoryDescriptions,
  type TaxonomyTerm,
} from './taxonomy.js';
import type { BilingualText } from './types.js';
import type { ContactPoint, Lang, Location, Provider, Service } from './types.js';
import { uuidv5, URL_NAMESPACE } from './uuid.js';
import { DATA_FORMAT_VERSION } from './version.js';

/** Namespace of every id this export derives (a v5 UUID of the project's name in the URL namespace). */
export const HSDS_NAMESPACE = uuidv5('urn:hart-widgets:hsds', URL_NAMESPACE);

/** Options of {@link toHsds}. */
export interface HsdsOptions {
  /** Language of the text fields (default `en`); missing Spanish falls back to English field by field. */
  lang?: Lang;
}

/** An HSDS 3.0 phone. */
export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  contact_id?: string;
  number: string;
  extension?: number;
  type: 'voice' | 'text' | 'textphone';
  description?: string;
}

/** An HSDS 3.0 contact (a named person). */
export interface HsdsContact {
  id: string;
  service_id?: string;
  organization_id?: string;
  name: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
}

/** An HSDS 3.0 taxonomy term with its taxonomy. */
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: { id: string; name: string; description: string; version: string };
  language: string;
}

/** An HSDS 3.0 attribute: our extensions and classifications. */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'service' | 'location' | 'organization';
  value?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

/** An HSDS 3.0 location (never with an address or coordinates when confidential). */
export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  description?: string;
  attributes: HsdsAttribute[];
}

/** An HSDS 3.0 service_at_location. */
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  location: HsdsLocation;
}

/** An HSDS 3.0 service_area. */
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description?: string;
}

/** An HSDS 3.0 language. */
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

/** An HSDS 3.0 organization. */
export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  locations: HsdsLocation[];
}

/** An HSDS 3.0 service. */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  application_process?: string;
  assured_date: string;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: { id: string; service_id: string; description: string }[];
  service_areas: HsdsServiceArea[];
  languages: HsdsLanguage[];
  service_at_locations: HsdsServiceAtLocation[];
  attributes: HsdsAttribute[];
  /** Present in the NDJSON form only (each line stands alone). */
  organization?: HsdsOrganization;
}

/** The whole export. */
export interface HsdsExport {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  service_at_locations: HsdsServiceAtLocation[];
}

const id = (...parts: string[]) => uuidv5(parts.join('/'), HSDS_NAMESPACE);

const taxonomyNames: Record<string, { en: string; es: string }> = {
  service_category: { en: 'hart-widgets service categories', es: 'Categorías de servicios de hart-widgets' },
  population: { en: 'hart-widgets populations served', es: 'Poblaciones atendidas de hart-widgets' },
  referral_route: { en: 'hart-widgets referral routes', es: 'Vías de referido de hart-widgets' },
  flag: { en: 'hart-widgets flags', es: 'Indicadores de hart-widgets' },
  service_area_scope: { en: 'hart-widgets service-area scopes', es: 'Alcances de área de servicio de hart-widgets' },
};

/** Terms that are not in the taxonomy module: flags and area scopes. */
const extraTerms: Record<string, TaxonomyTerm> = {
  crisis_24_7: flagTerm('Answers crisis calls 24/7', 'Atiende llamadas de crisis las 24 horas, los 7 días'),
  confidential_location: flagTerm(
    'Confidential location: call for location',
    'Ubicación confidencial: llame para saber la ubicación',
  ),
  national: flagTerm('National', 'Nacional'),
  statewide: flagTerm('Statewide (Connecticut)', 'Todo el estado (Connecticut)'),
  region: flagTerm('A region of Connecticut', 'Una región de Connecticut'),
  towns: flagTerm('Listed Connecticut towns', 'Pueblos y ciudades de Connecticut indicados'),
  unspecified: flagTerm('Not stated by the source', 'La fuente no lo indica'),
};

function flagTerm(en: string, es: string): TaxonomyTerm {
  return { label: { en, es }, synonyms: { en: [], es: [] } };
}

function attribute(
  linkId: string,
  entity: HsdsAttribute['link_entity'],
  linkType: string,
  taxonomy: string,
  code: string,
  term: TaxonomyTerm,
  lang: Lang,
  value?: string,
  description: BilingualText = term.label,
): HsdsAttribute {
  const taxonomyId = id('taxonomy', taxonomy);
  const termId = id('taxonomy', taxonomy, code);
  return {
    id: id('attribute', linkId, linkType, code),
    link_id: linkId,
    link_type: linkType,
    link_entity: entity,
    ...(value !== undefined ? { value } : {}),
    taxonomy_term_id: termId,
    taxonomy_term: {
      id: termId,
      code,
      name: term.label[lang],
      description: description[lang],
      taxonomy: taxonomyNames[taxonomy][lang],
      taxonomy_id: taxonomyId,
      taxonomy_detail: {
        id: taxonomyId,
        name: taxonomyNames[taxonomy][lang],
        description: taxonomyNames[taxonomy][lang],
        version: DATA_FORMAT_VERSION,
      },
      language: lang,
    },
  };
}

const isPhone = (c: ContactPoint): c is ContactPoint & { kind: 'voice' | 'text' | 'textphone' } =>
  c.kind === 'voice' || c.kind === 'text' || c.kind === 'textphone';

function phone(
  c: ContactPoint & { kind: HsdsPhone['type'] },
  phoneId: string,
  owner: Partial<HsdsPhone>,
  lang: Lang,
): HsdsPhone {
  const notes: string[] = [];
  if (c.label) notes.push(localize(c.label, { lang }));
  if (c.keyword) notes.push(lang === 'es' ? `Envíe ${c.keyword} por mensaje de texto` : `Text ${c.keyword}`);
  // HSDS extensions are numbers; an access code with other characters goes into the description instead.
  const numeric = c.extension && /^\d+$/.test(c.extension) ? Number(c.extension) : undefined;
  if (c.extension && numeric === undefined) notes.push(`${lang === 'es' ? 'Código' : 'Code'}: ${c.extension}`);
  return {
    id: phoneId,
    ...owner,
    number: c.display ?? c.value,
    ...(numeric !== undefined ? { extension: numeric } : {}),
    type: c.kind,
    ...(notes.length ? { description: notes.join('. ') } : {}),
  };
}

/** Phones and email of unnamed contact points, and named people as HSDS contacts (their phones nested). */
function contactsOf(
  points: readonly ContactPoint[],
  owner: { service_id: string } | { organization_id: string },
  lang: Lang,
) {
  const ownerId = 'service_id' in owner ? owner.service_id : owner.organization_id;
  const phones: HsdsPhone[] = [];
  const people = new Map<string, HsdsContact>();
  let email: string | undefined;
  points.forEach((c, i) => {
    if (c.contactName) {
      let person = people.get(c.contactName);
      if (!person) {
        person = { id: id('contact', ownerId, c.contactName), ...owner, name: c.contactName, phones: [] };
        if (c.contactTitle) person.title = localize(c.contactTitle, { lang });
        people.set(c.contactName, person);
      }
      if (c.kind === 'email') person.email ??= c.value;
      else if (isPhone(c))
        person.phones.push(phone(c, id('phone', ownerId, String(i)), { contact_id: person.id }, lang));
    } else if (isPhone(c)) {
      phones.push(phone(c, id('phone', ownerId, String(i)), owner, lang));
    } else if (c.kind === 'email') {
      email ??= c.value;
    }
  });
  return { phones, contacts: [...people.values()], email };
}

function location(provider: Provider, loc: Location, lang: Lang): HsdsLocation {
  const locId = id('location', provider.id, loc.id);
  if (loc.confidential) {
    // Never an address, a town or coordinates: a shelter's whereabouts must not leak through an export.
    return {
      id: locId,
      location_type: 'physical',
      organization_id: id('organization', provider.id),
      name: lang === 'es' ? 'Ubicación confidencial' : 'Confidential location',
      description: lang === 'es' ? 'Llame para saber la ubicación.' : 'Call for location.',
      attributes: [
        attribute(
          locId,
          'location',
          'confidential_location',
          'flag',
          'confidential_location',
          extraTerms.confidential_location,
          lang,
          'true',
        ),
      ],
    };
  }
  const name = loc.name ? localize(loc.name, { lang }) : (loc.town ?? (lang === 'es' ? 'Ubicación' : 'Location'));
  return {
    id: locId,
    location_type: 'physical',
    organization_id: id('organization', provider.id),
    name,
    ...(loc.town ? { description: `${loc.town}, Connecticut` } : {}),
    attributes: [],
  };
}

function areaName(service: Service, lang: Lang): string {
  const area = service.serviceArea;
  const es = lang === 'es';
  switch (area.scope) {
    case 'national':
      return es ? 'Estados Unidos' : 'United States';
    case 'statewide':
      return es ? 'Connecticut (todo el estado)' : 'Connecticut (statewide)';
    case 'unspecified':
      return es ? 'No indicada' : 'Not stated';
    default:
      if (area.towns?.length) return `${area.towns.join(', ')}, Connecticut`;
      return area.description
        ? localize(area.description, { lang })
        : es
          ? 'Una región de Connecticut'
          : 'A region of Connecticut';
  }
}

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function service(provider: Provider, s: Service, lang: Lang): HsdsService {
  const serviceId = id('service', provider.id, s.id);
  const { phones, contacts, email } = contactsOf(s.contacts, { service_id: serviceId }, lang);
  const attrs: HsdsAttribute[] = [
    ...s.categories.map((c) =>
      attribute(
        serviceId,
        'service',
        'service_category',
        'service_category',
        c,
        serviceCategories[c],
        lang,
        undefined,
        serviceCategoryDescriptions[c],
      ),
    ),
    ...s.populations.map((p) => attribute(serviceId, 'service', 'population', 'population', p, populations[p], lang)),
    ...s.referral.routes.map((r) =>
      attribute(serviceId, 'service', 'referral_route', 'referral_route', r, referralRoutes[r], lang),
    ),
    attribute(
      serviceId,
      'service',
      'service_area_scope',
      'service_area_scope',
      s.serviceArea.scope,
      extraTerms[s.serviceArea.scope],
      lang,
    ),
  ];
  if (s.crisis247)
    attrs.push(
      attribute(serviceId, 'service', 'crisis_24_7', 'flag', 'crisis_24_7', extraTerms.crisis_24_7, lang, 'true'),
    );
  for (const [i, c] of s.contacts.entries()) {
    // HSDS has a single url per service; further web and chat links are kept as attributes rather than dropped.
    if ((c.kind === 'web' || c.kind === 'chat') && c.value !== s.url) {
      attrs.push({
        id: id('attribute', serviceId, 'contact', String(i)),
        link_id: serviceId,
        link_type: `${c.kind}_url`,
        link_entity: 'service',
        value: c.value,
      });
    }
  }
  const locations = new Map(provider.locations.map((l) => [l.id, l]));
  const atLocations = (s.locationIds ?? [])
    .filter((lid) => locations.has(lid))
    .map((lid): HsdsServiceAtLocation => {
      const loc = location(provider, locations.get(lid)!, lang);
      return {
        id: id('service_at_location', provider.id, s.id, lid),
        service_id: serviceId,
        location_id: loc.id,
        location: loc,
      };
    });
  const out: HsdsService = {
    id: serviceId,
    organization_id: id('organization', provider.id),
    name: localize(s.name, { lang }),
    description: localize(s.description, { lang }),
    ...(s.url ? { url: s.url } : {}),
    ...(email ? { email } : {}),
    status: s.status ?? 'active',
    ...(s.eligibility ? { eligibility_description: localize(s.eligibility, { lang }) } : {}),
    ...(s.ages?.min !== undefined ? { minimum_age: s.ages.min } : {}),
    ...(s.ages?.max !== undefined ? { maximum_age: s.ages.max } : {}),
    ...(s.referral.description ? { application_process: localize(s.referral.description, { lang }) } : {}),
    assured_date: provider.reviewed,
    phones,
    contacts,
    schedules: s.schedule
      ? [{ id: id('schedule', serviceId), service_id: serviceId, description: localize(s.schedule, { lang }) }]
      : [],
    service_areas: [
      {
        id: id('service_area', serviceId),
        service_id: serviceId,
        name: areaName(s, lang),
        ...(s.serviceArea.description ? { description: localize(s.serviceArea.description, { lang }) } : {}),
      },
    ],
    languages: s.languages.map((code) => ({
      id: id('language', serviceId, code),
      service_id: serviceId,
      name: languageName(code, lang),
      code,
    })),
    service_at_locations: atLocations,
    attributes: attrs,
  };
  return out;
}

function organization(provider: Provider, lang: Lang): HsdsOrganization {
  const orgId = id('organization', provider.id);
  const { phones, contacts, email } = contactsOf(provider.contacts ?? [], { organization_id: orgId }, lang);
  return {
    id: orgId,
    name: provider.name,
    ...(provider.alternateName ? { alternate_name: provider.alternateName } : {}),
    description: localize(provider.description, { lang }),
    ...(provider.email || email ? { email: provider.email ?? email } : {}),
    ...(provider.url ? { website: provider.url } : {}),
    phones,
    contacts,
    locations: provider.locations.map((l) => location(provider, l, lang)),
  };
}

/**
 * The providers as HSDS 3.0: organizations, services (with their phones, contacts, languages, service areas,
 * schedules and attributes), locations and service_at_locations.
 * @param providers - the providers collection (e.g. `bundled.providers.all()`)
 * @param options - `lang` of the text fields
 */
export function toHsds(providers: readonly Provider[], options: HsdsOptions = {}): HsdsExport {
  const lang = options.lang ?? 'en';
  const services = providers.flatMap((p) => p.services.map((s) => service(p, s, lang)));
  return {
    organizations: providers.map((p) => organization(p, lang)),
    services,
    locations: providers.flatMap((p) => p.locations.map((l) => location(p, l, lang))),
    service_at_locations: services.flatMap((s) => s.service_at_locations),
  };
}

/**
 * The export as NDJSON: one JSON record per line, ending with a newline. `services` (the default) gives each service
 * with its organization nested, so every line stands alone; `organizations` gives one organization per line.
 */
export function toHsdsNdjson(
  providers: readonly Provider[],
  options: HsdsOptions & { records?: 'services' | 'organizations' } = {},
): string {
  const lang = options.lang ?? 'en';
  const lines =
    options.records === 'organizations'
      ? providers.map((p) => organization(p, lang))
      : providers.flatMap((p) => {
          const org = organization(p, lang);
          return p.services.map((s) => ({ ...service(p, s, lang), organization: org }));
        });
  return lines.map((r) => JSON.stringify(r)).join('\n') + (lines.length ? '\n' : '');
}
