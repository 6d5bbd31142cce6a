import type { Lang } from '../../sdk/types.js';

const q = (term: string) => `“${term}”`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Every string the provider finder shows or speaks, in English and Spanish. Category, population and referral-route
 * names come from the SDK taxonomy (`src/sdk/taxonomy.ts`), so the finder, the search and the HSDS export agree; call,
 * text, TTY and chat links are worded in internal/contact-link.ts, the same in every element.
 */
export const messages = {
  en: {
    region: 'Find help near you',
    searchLabel: 'Search for services',
    textLabel: 'What kind of help?',
    textHint: 'For example: lawyer, housing, therapy, mentoring',
    nearLabel: 'Near ZIP code or town',
    nearHint: 'Connecticut only. Services for your town or the whole state come first.',
    nearNotFound: (value: string) =>
      `We could not find ${q(value)} in Connecticut. Enter a 5-digit ZIP code or a town name.`,
    useLocation: 'Use my location',
    locating: 'Finding your location…',
    usingLocation: 'Using your location. It is not saved.',
    forgetLocation: 'Stop using my location',
    locationDenied: 'Location permission was not given. Enter a ZIP code or town instead.',
    locationUnavailable: 'Your location is not available right now. Enter a ZIP code or town instead.',
    radiusLabel: 'Distance',
    radiusAny: 'Any distance',
    radiusMiles: (n: number) => `Within ${n} miles`,
    filters: (active: number) => (active ? `Filters (${active} on)` : 'Filters'),
    servicesLegend: 'Type of help',
    ageLabel: 'Age of the person who needs help',
    populationLabel: 'Who it is for',
    populationAny: 'Anyone',
    languageLabel: 'Language',
    languageAny: 'Any language',
    languageNote: 'Few services state their languages yet. Those that do not are still listed.',
    clear: 'Clear search and filters',
    /** The count above a non-empty list (an empty search shows the hotlines instead). */
    count: (shown: number, total: number) =>
      shown < total ? `Showing ${shown} of ${total} services` : `${total} ${plural(total, 'service', 'services')}`,
    announce: (total: number, byDistance: boolean) =>
      total === 0
        ? 'No services found. Hotline numbers are listed below.'
        : `${total} ${plural(total, 'service', 'services')} found${byDistance ? ', nearest first' : ''}.`,
    announceMore: (shown: number, total: number) => `Showing ${shown} of ${total} services.`,
    showMore: (n: number) => `Show ${n} more`,
    print: 'Print results',
    results: 'Results',
    // Result cards
    areaTown: (town: string) => `Serves ${town}`,
    areaStatewide: 'Serves all of Connecticut',
    areaNational: 'Serves the whole country',
    areaNearby: (miles: number, town: string) =>
      miles < 1 ? `Less than 1 mile away (${town})` : `About ${miles} ${plural(miles, 'mile', 'miles')} away (${town})`,
    areaUnspecified: 'Area not stated: call to ask',
    areaTowns: (towns: string) => `Serves ${towns}`,
    whoLabel: 'Who it is for',
    agesBoth: (min: number, max: number) => `Ages ${min} to ${max}`,
    agesMin: (min: number) => `Ages ${min} and up`,
    agesMax: (max: number) => `Up to age ${max}`,
    languagesLabel: 'Languages',
    languagesNotStated: 'Not stated; ask when you call',
    areaLabel: 'Service area',
    referralLabel: 'How to get a referral',
    locationLabel: 'Location',
    callForLocation: 'Confidential: call for location',
    hoursLabel: 'Hours',
    crisis: 'Answers crisis calls 24/7',
    contactLabel: 'Contact',
    email: (address: string) => `Email ${address}`,
    website: (host: string) => `Website: ${host}`,
    reviewed: 'Last reviewed',
    stale: (date: string) => `Last confirmed ${date}. If they fail, call the National Human Trafficking Hotline:`,
    noShelterHeading: 'No emergency shelter is listed here',
    noShelterText: 'The National Human Trafficking Hotline can help arrange emergency shelter, 24 hours a day.',
    whyRelatedShelter: 'Related: housing help, not a shelter',
    whyLabel: 'Why it is listed',
    whyName: (term: string) => `${q(term)} is in the name`,
    whyDescription: (term: string) => `${q(term)} is in the description`,
    whyTerm: (term: string, label: string) => `${q(term)}: ${label}`,
    whyServices: (labels: string) => `Offers ${labels}`,
    whyAge: (age: number) => `Serves age ${age}`,
    whyAgeNotStated: 'Ages not stated',
    whyPopulation: (labels: string) => `For ${labels}`,
    whyLanguage: (name: string) => `Offered in ${name}`,
    whyLanguageNotStated: 'Languages not stated',
    // Empty state
    emptyHeading: 'No services match your search',
    emptyTips: 'Try fewer words or filters, or search the whole state.',
    helpNow: 'You can get help right now:',
  },
  es: {
    region: 'Encuentre ayuda cerca de usted',
    searchLabel: 'Buscar servicios',
    textLabel: '¿Qué tipo de ayuda busca?',
    textHint: 'Por ejemplo: abogado, vivienda, terapia, mentoría',
    nearLabel: 'Cerca de (código postal o ciudad)',
    nearHint: 'Solo Connecticut. Primero aparecen los servicios para su ciudad o para todo el estado.',
    nearNotFound: (value: string) =>
      `No encontramos ${q(value)} en Connecticut. Escriba un código postal de 5 dígitos o el nombre de una ciudad.`,
    useLocation: 'Usar mi ubicación',
    locating: 'Buscando su ubicación…',
    usingLocation: 'Usando su ubicación. No se guarda.',
    forgetLocation: 'Dejar de usar mi ubicación',
    locationDenied: 'No se dio permiso para usar su ubicación. Escriba un código postal o una ciudad.',
    locationUnavailable: 'Su ubicación no está disponible en este momento. Escriba un código postal o una ciudad.',
    radiusLabel: 'Distancia',
    radiusAny: 'Sin límite',
    radiusMiles: (n: number) => `A menos de ${n} millas`,
    filters: (active: number) => (active ? `Filtros (${active} ${plural(active, 'activo', 'activos')})` : 'Filtros'),
    servicesLegend: 'Tipo de ayuda',
    ageLabel: 'Edad de la persona que necesita ayuda',
    populationLabel: 'Para quién es',
    populationAny: 'Cualquiera',
    languageLabel: 'Idioma',
    languageAny: 'Cualquiera',
    languageNote: 'Por ahora, pocos servicios indican sus idiomas. Los que no lo indican siguen en la lista.',
    clear: 'Borrar búsqueda y filtros',
    count: (shown: number, total: number) =>
      shown < total
        ? `Se muestran ${shown} de ${total} servicios`
        : `${total} ${plural(total, 'servicio', 'servicios')}`,
    announce: (total: number, byDistance: boolean) =>
      total === 0
        ? 'No se encontraron servicios. Abajo están los números de las líneas de ayuda.'
        : `Se ${plural(total, 'encontró', 'encontraron')} ${total} ${plural(total, 'servicio', 'servicios')}${byDistance ? ', primero los más cercanos' : ''}.`,
    announceMore: (shown: number, total: number) => `Se muestran ${shown} de ${total} servicios.`,
    showMore: (n: number) => `Mostrar ${n} más`,
    print: 'Imprimir resultados',
    results: 'Resultados',
    areaTown: (town: string) => `Atiende en ${town}`,
    areaStatewide: 'Atiende en todo Connecticut',
    areaNational: 'Atiende en todo el país',
    areaNearby: (miles: number, town: string) =>
      miles < 1
        ? `A menos de 1 milla (${town})`
        : `A ${miles === 1 ? 'aproximadamente 1 milla' : `unas ${miles} millas`} (${town})`,
    areaUnspecified: 'Área no indicada: llame para preguntar',
    areaTowns: (towns: string) => `Atiende en ${towns}`,
    whoLabel: 'Para quién es',
    agesBoth: (min: number, max: number) => `De ${min} a ${max} años`,
    agesMin: (min: number) => `De ${min} años en adelante`,
    agesMax: (max: number) => `Hasta los ${max} años`,
    languagesLabel: 'Idiomas',
    languagesNotStated: 'No se indica; pregunte cuando llame',
    areaLabel: 'Área de servicio',
    referralLabel: 'Cómo obtener un referido',
    locationLabel: 'Ubicación',
    callForLocation: 'Confidencial: llame para saber la ubicación',
    hoursLabel: 'Horario',
    crisis: 'Atiende llamadas de crisis las 24 horas, todos los días',
    contactLabel: 'Contacto',
    email: (address: string) => `Escriba a ${address}`,
    website: (host: string) => `Sitio web: ${host}`,
    reviewed: 'Última revisión',
    stale: (date: string) =>
      `Confirmados por última vez el ${date}. Si no funcionan, llame a la Línea Nacional Contra la Trata de Personas:`,
    noShelterHeading: 'Aquí no figura ningún albergue de emergencia',
    noShelterText:
      'La Línea Nacional Contra la Trata de Personas puede ayudar a conseguir un albergue de emergencia, las 24 horas del día.',
    whyRelatedShelter: 'Relacionado: ayuda con la vivienda, no un albergue',
    whyLabel: 'Por qué aparece',
    whyName: (term: string) => `${q(term)} está en el nombre`,
    whyDescription: (term: string) => `${q(term)} está en la descripción`,
    whyTerm: (term: string, label: string) => `${q(term)}: ${label}`,
    whyServices: (labels: string) => `Ofrece: ${labels}`,
    whyAge: (age: number) => `Atiende a personas de ${age} años`,
    whyAgeNotStated: 'No indica edades',
    whyPopulation: (labels: string) => `Para: ${labels}`,
    whyLanguage: (name: string) => `Se ofrece en ${name}`,
    whyLanguageNotStated: 'No indica idiomas',
    emptyHeading: 'Ningún servicio coincide con su búsqueda',
    emptyTips: 'Pruebe con menos palabras o filtros, o busque en todo el estado.',
    helpNow: 'Puede recibir ayuda ahora mismo:',
  },
} satisfies Record<Lang, unknown>;

/** The messages of one language. */
export type FinderMessages = (typeof messages)['en'];
