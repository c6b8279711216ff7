/**
 * Reading a location as people write it ("Portland, Oregon", "Lisbon,
 * Portugal", "Remote (United States or Canada)") into the parts schema.org
 * addresses have. Only names this table knows become a country or region;
 * anything else stays the locality, as written.
 */

/** ISO 3166 code by English short name (and common other names). */
const COUNTRIES: Record<string, string> = Object.fromEntries(
  (
    'US:United States|United States of America|USA|U.S.|U.S.A.;CA:Canada;MX:Mexico;GB:United Kingdom|UK|Great Britain|England|Scotland|Wales|Northern Ireland;' +
    'IE:Ireland;FR:France;DE:Germany;NL:Netherlands|The Netherlands;BE:Belgium;LU:Luxembourg;ES:Spain;PT:Portugal;IT:Italy;CH:Switzerland;AT:Austria;' +
    'DK:Denmark;SE:Sweden;NO:Norway;FI:Finland;IS:Iceland;PL:Poland;CZ:Czechia|Czech Republic;SK:Slovakia;HU:Hungary;RO:Romania;BG:Bulgaria;GR:Greece;' +
    'HR:Croatia;SI:Slovenia;RS:Serbia;EE:Estonia;LV:Latvia;LT:Lithuania;UA:Ukraine;TR:Turkey|Türkiye;IL:Israel;AE:United Arab Emirates|UAE;' +
    'IN:India;PK:Pakistan;BD:Bangladesh;LK:Sri Lanka;SG:Singapore;MY:Malaysia;ID:Indonesia;PH:Philippines;TH:Thailand;VN:Vietnam;JP:Japan;' +
    'KR:South Korea|Korea;CN:China;HK:Hong Kong;TW:Taiwan;AU:Australia;NZ:New Zealand;ZA:South Africa;NG:Nigeria;KE:Kenya;EG:Egypt;GH:Ghana;' +
    'BR:Brazil;AR:Argentina;CL:Chile;CO:Colombia;PE:Peru;UY:Uruguay;CR:Costa Rica'
  )
    .split(';')
    .flatMap((entry) => {
      const [code = '', names = ''] = entry.split(':');
      return names.split('|').map((name) => [name.toLowerCase(), code]);
    }),
);

const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States', CA: 'Canada', GB: 'United Kingdom', NL: 'Netherlands', CZ: 'Czechia', KR: 'South Korea', AE: 'United Arab Emirates', TR: 'Türkiye',
};

/** US states and Canadian provinces, by name and by postal code. */
const REGIONS: Record<string, { code: string; country: string }> = Object.fromEntries(
  (
    'US:AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,DE Delaware,DC District of Columbia,FL Florida,GA Georgia,' +
    'HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,KS Kansas,KY Kentucky,LA Louisiana,ME Maine,MD Maryland,MA Massachusetts,MI Michigan,' +
    'MN Minnesota,MS Mississippi,MO Missouri,MT Montana,NE Nebraska,NV Nevada,NH New Hampshire,NJ New Jersey,NM New Mexico,NY New York,' +
    'NC North Carolina,ND North Dakota,OH Ohio,OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,SC South Carolina,SD South Dakota,' +
    'TN Tennessee,TX Texas,UT Utah,VT Vermont,VA Virginia,WA Washington,WV West Virginia,WI Wisconsin,WY Wyoming;' +
    'CA:AB Alberta,BC British Columbia,MB Manitoba,NB New Brunswick,NL Newfoundland and Labrador,NS Nova Scotia,ON Ontario,PE Prince Edward Island,' +
    'QC Quebec,SK Saskatchewan,NT Northwest Territories,NU Nunavut,YT Yukon'
  )
    .split(';')
    .flatMap((group) => {
      const [country = '', list = ''] = group.split(':');
      return list.split(',').flatMap((item) => {
        const code = item.slice(0, 2);
        const name = item.slice(3);
        return [
          [name.toLowerCase(), { code, country }],
          [`${country}-${code}`.toLowerCase(), { code, country }],
        ];
      });
    }),
);

export function countryCode(name: string): string | undefined {
  return COUNTRIES[name.trim().replace(/\.$/, '').toLowerCase()] ?? COUNTRIES[name.trim().toLowerCase()];
}

export function countryName(code: string): string {
  if (COUNTRY_NAMES[code]) return COUNTRY_NAMES[code] as string;
  const entry = Object.entries(COUNTRIES).find(([, value]) => value === code);
  return entry ? entry[0].replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()) : code;
}

export interface Address {
  addressLocality?: string;
  addressRegion?: string;
  addressCountry?: string;
}

/** "Portland, Oregon" → Portland, OR, US; "Lisbon, Portugal" → Lisbon, PT; "Toronto, ON" → Toronto, ON, CA. */
export function parseAddress(text: string): Address | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const address: Address = {};
  const last = parts[parts.length - 1] as string;
  const country = countryCode(last);
  if (country && parts.length > 1) {
    address.addressCountry = country;
    parts.pop();
  }
  const regionText = parts.length > 1 ? (parts[parts.length - 1] as string) : undefined;
  const region = regionText === undefined ? undefined : (REGIONS[regionText.toLowerCase()] ?? regionByCode(regionText, address.addressCountry));
  if (region && (address.addressCountry === undefined || address.addressCountry === region.country)) {
    address.addressRegion = region.code;
    address.addressCountry = region.country;
    parts.pop();
  }
  if (parts.length === 1 && countryCode(parts[0] as string) && address.addressCountry === undefined) {
    address.addressCountry = countryCode(parts[0] as string) as string;
    return address;
  }
  if (parts.length > 0) address.addressLocality = parts.join(', ');
  return address;
}

function regionByCode(text: string, country: string | undefined): { code: string; country: string } | undefined {
  if (!/^[A-Z]{2}$/.test(text)) return undefined;
  for (const candidate of country ? [country] : ['US', 'CA']) {
    const region = REGIONS[`${candidate}-${text}`.toLowerCase()];
    if (region) return region;
  }
  return undefined;
}

/** The countries a remote posting names: "Remote (United States or Canada)" → US, CA. */
export function countriesIn(text: string): string[] {
  const found: string[] = [];
  for (const part of text.split(/[(),;/]|\s+(?:or|and|&)\s+/i)) {
    const code = countryCode(part.replace(/^\s*(?:remote|anywhere in|within|in)\s+/i, ''));
    if (code && !found.includes(code)) found.push(code);
  }
  return found;
}

/**
 * Splits "Portland, Oregon or remote (United States)" into its office
 * ("Portland, Oregon") and its remote part ("remote (United States)").
 */
export function splitRemote(text: string): { office?: string; remote?: string } {
  const match = /(?:^|[\s,;/]+(?:or\s+|and\s+)?|\bor\s+)(?:fully\s+)?remote\b/i.exec(text);
  if (!match) return { office: text.trim() };
  const office = text.slice(0, match.index).replace(/[\s,;/]+(?:or|and)?\s*$/i, '').trim();
  const remote = text.slice(match.index).replace(/^[\s,;/]*(?:or|and)?\s*/i, '').trim();
  return { ...(office ? { office } : {}), remote };
}
