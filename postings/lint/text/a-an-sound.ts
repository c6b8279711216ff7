/**
 * Which article a word takes, by how it is said rather than how it is spelled:
 * "an hour", "a user", "a one-time fee", "an 8-hour shift", "an API",
 * "a URL", "an MBA", "an R package". Returns undefined whenever usage varies
 * ("a/an SQL database", "a/an historic", "a/an herb") so that nothing
 * debatable is flagged.
 */

export type Article = 'a' | 'an';

// Letters whose names start with a vowel sound: "an F", "an M", "an S", "an X".
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX'.split(''));

/** Acronyms said as words, not letter by letter: the sound of the word decides ("a NASA", "an OSHA", "a JSON"). */
const SAID_AS_WORDS: Record<string, Article> = {
  NASA: 'a', NATO: 'a', SCRUM: 'a', JSON: 'a', YAML: 'a', GIF: 'a', JPEG: 'a', SOAP: 'a', REST: 'a', CRUD: 'a',
  LAN: 'a', WAN: 'a', RAM: 'a', ROM: 'a', GUI: 'a', FAANG: 'a', MERN: 'a', MEAN: 'a', LAMP: 'a', HIPAA: 'a',
  FERPA: 'a', OSHA: 'an', SAML: 'a', SOX: 'a', NUL: 'a', NULL: 'a', SOC: 'a', AJAX: 'an', ASAP: 'an', COBOL: 'a', FORTRAN: 'a',
  BASIC: 'a', UNIX: 'a', LINUX: 'a', OPEC: 'an', UNICEF: 'a', UNESCO: 'a', NAND: 'a', SWOT: 'a', SMART: 'a',
  WYSIWYG: 'a', CAD: 'a', CAPTCHA: 'a', TOEFL: 'a', GMAT: 'a', IELTS: 'an', PIN: 'a', SIM: 'a', CAT: 'a',
  DOS: 'a', ERISA: 'an', COBRA: 'a', NAFTA: 'a', WIFI: 'a', FIFO: 'a', LIFO: 'a', GAAP: 'a', EBITDA: 'an',
};
// Said either way by different people: never flagged.
const EITHER_WAY = new Set(['SQL', 'FAQ', 'SPA', 'NIH', 'MOOC', 'SQLITE', 'URI', 'HEIC']);

// Mixed-case names with a known sound.
const NAMES: Record<string, Article | undefined> = {
  saas: 'a', paas: 'a', iaas: 'an', oauth: 'an', npm: 'an', nginx: 'an', sqlite: undefined, mysql: 'a', nosql: 'a',
  ios: 'an', macos: 'a', ebay: 'an', html: 'an', xml: 'an', ssh: 'an', sftp: 'an', scp: 'an', rst: 'an', css: 'a',
  svg: 'an', http: 'an', https: 'an', url: 'a', sql: undefined, faq: undefined,
  // "you-eye", "you-mask": lower-case u-abbreviations said with a consonant.
  ui: 'a', uid: 'a', uuid: 'a', usb: 'a', utf: 'a', umask: 'a',
};
// Three-letter acronyms with a vowel in the middle are said as a word by
// some ("a SAN", "a SID", "a MIR") and spelled by others: only these are
// known to be spelled out.
const SPELLED_CVC = new Set(['MIT', 'HIV', 'LED', 'NIH', 'SAP', 'HOA', 'MOU', 'SOW', 'RAG']);

// Vowel letters said with a consonant sound: "a European", "a one-off", "a unit", "a user", "a usual".
const VOWEL_LETTER_CONSONANT_SOUND = /^(?:eu|ewe|uni(?:c|f|l|on|q|s|t|v|x)|unanim|u[rst][aeiouy]|uk|ubiq|ugand|uvul|one(?:$|-|ness|self|time|off|s$)|once|ouija)/;
// Consonant letters said with a vowel sound: the silent h.
const SILENT_H = /^(?:hour|honest|hono(?:u)?r|heir)/;
// Words whose article varies by region or taste ("an historic", "an herb").
const VARYING = /^(?:herb|histor|hotel|heroi|hypothe|habitu|hilari|horrend|homag|humbl|posteriori|fortiori)/;

function byLetterName(letter: string): Article {
  return VOWEL_SOUND_LETTERS.has(letter.toUpperCase()) ? 'an' : 'a';
}

function byNumber(digits: string): Article | undefined {
  if (digits.startsWith('8')) return 'an';
  if (digits.length === 4 && (digits.startsWith('11') || digits.startsWith('18'))) return undefined; // "eleven hundred" or "one thousand one hundred"
  const leading = digits.slice(0, digits.length % 3 === 0 ? 3 : digits.length % 3);
  return leading === '11' || leading === '18' ? 'an' : 'a';
}

function bySound(lower: string): Article | undefined {
  if (VARYING.test(lower)) return undefined;
  if (/^[aeiou]/.test(lower)) return VOWEL_LETTER_CONSONANT_SOUND.test(lower) ? 'a' : 'an';
  if (SILENT_H.test(lower)) return 'an';
  return /^[a-z]/.test(lower) ? 'a' : undefined;
}

/**
 * The article `word` takes, or undefined when it varies or cannot be told.
 * `word` is one token: letters, digits, apostrophes and hyphens ("one-time").
 */
export function articleFor(token: string): Article | undefined {
  if (token === '') return undefined;
  const first = token[0] as string;
  if (/\d/.test(first)) return byNumber(/^\d+/.exec(token)?.[0] ?? '');

  // A letter on its own or before a hyphen or digit is said as its name: "an R package", "an X-ray", "a T-shirt", "an e-mail", "an S3 bucket".
  if (/^\p{L}(?:[-\d]|$)/u.test(token)) return byLetterName(first);

  // The first part of a compound decides: "one-time", "MSRV-aware", "LLM-created".
  const word = token.split('-')[0] ?? token;
  const lower = word.toLowerCase();
  if (lower in NAMES) return NAMES[lower];

  // "SELinux", "XMLHttpRequest": an acronym run before a capitalized word.
  const acronymRun = /^(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/u.exec(word)?.[1];
  if (acronymRun !== undefined) return byAcronym(acronymRun);

  // Upper-case acronyms ("API", "HTML5", "APIs", "EC2").
  const stem = word.replace(/s$/, '');
  const letters = stem.replace(/\d/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) return byAcronym(letters);

  // "iOS", "iPhone", "eCommerce": a lone lower-case vowel letter said by name.
  if (/^[ie]\p{Lu}/u.test(word)) return 'an';
  // "OneTrust", "OneDrive": "one" said "won".
  if (/^One\p{Lu}/u.test(word)) return 'a';
  // "xtask", "Xcode": an x before a consonant is said "ex".
  if (/^x[^aeiouy]/i.test(word)) return 'an';
  // Other lower-case strings without vowels ("std", "svc", "rpm") are read in more than one way.
  if (!/[aeiouy]/i.test(word)) return undefined;
  return bySound(lower);
}

function byAcronym(letters: string): Article | undefined {
  const upper = letters.toUpperCase();
  if (EITHER_WAY.has(upper)) return undefined;
  const asWord = SAID_AS_WORDS[upper];
  if (asWord !== undefined) return asWord;
  const spelled = byLetterName(upper[0] as string);
  // Consonant-vowel-consonant: maybe said as a word ("a SAN"), maybe spelled ("an SAN").
  if (upper.length === 3 && /^[^AEIOU][AEIOU][^AEIOU]$/.test(upper) && !SPELLED_CVC.has(upper)) {
    return bySound(upper.toLowerCase()) === spelled ? spelled : undefined;
  }
  // Short or vowel-less acronyms are spelled out ("SRE", "HTML", "MBA").
  if (upper.length <= 3 || !/[AEIOUY]/.test(upper)) return spelled;
  // Longer ones may be said as words: decide only when both readings agree.
  return bySound(upper.toLowerCase()) === spelled ? spelled : undefined;
}
