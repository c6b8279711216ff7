/**
 * How postings say how to apply, as people write them: the wording, the
 * places applications are sent to, and the hosts of applicant-tracking
 * systems and job boards.
 */

/** Words that make a link an application link ("[Apply here](…)", "submit your CV at …"). */
export const APPLY_LINK_WORDS = /\b(?:apply|applying|submit|careers?\s+(?:page|site|portal)|job\s+board|application\s+(?:form|portal|page))\b/i;

/** An e-mail address; not a high-resolution image's name ("logo@2x.png"). */
export const EMAIL = /[\w.+-]+@(?!\d+x\.)[a-z\d][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}/i;

/** A "How to apply" heading, at any level, or a line that is one ("**How to apply:**"). */
export const APPLY_HEADING = /\bhow\s+to\s+apply\b|^(?:to\s+apply|applying|application(?:\s+process)?|apply(?:\s+(?:now|here|today))?)[\s:!.]*$/i;

const DOCUMENTS = String.raw`(?:resumes?|résumés?|CVs?|cover\s+letters?|applications?|portfolios?|letters?\s+of\s+application)`;

/** Application instructions in running text. */
export const APPLY_INSTRUCTIONS: readonly RegExp[] = [
  /\bapply\s+(?:online|via|through|at|using|by\s+(?:e-?mail|sending|submitting))\b/i,
  /\bapply\s+on\s+(?:our|the)\s+(?:website|site|careers?|jobs?|portal|page)\b/i,
  // "To apply, …", "To view details and to apply, please go to …"; not "able to apply machine learning".
  /(?:^|[.!?:]\s+)to\s+apply\b|\b(?:and|or)\s+to\s+apply\s*(?:[,:]|\s(?:please|visit|go|see|click|use|write|e-?mail|contact)\b)/im,
  /\bhow\s+to\s+apply\s*:?\s*$/im,
  // "Send your CV to …", "applications must be submitted electronically".
  new RegExp(String.raw`\b(?:send|submit(?:ted|ting)?|e-?mail|forward|mail|upload|lodge)\b[^.\n]{0,80}\b${DOCUMENTS}`, 'i'),
  new RegExp(String.raw`\b${DOCUMENTS}[^.\n]{0,60}\b(?:must|should|can|may|will)\s+be\s+(?:submitted|sent|e-?mailed|uploaded|lodged|made)\b`, 'i'),
  /\bclick\s+(?:on\s+)?(?:the\s+)?(?:apply|button|link)\b/i,
  // "Applications close 15 May", "The closing date for the submission of completed application forms is …".
  /\bapplications?\s+(?:close|closes|closing|are\s+due|due)\b|\b(?:closing\s+date|deadline)\s+(?:for|of)\s+(?:the\s+)?(?:receipt\s+of\s+|submission\s+of\s+)?(?:completed\s+)?applications?\b|\bapplication\s+(?:deadline|closing\s+date)\b/i,
  // "Details of the application process are available on www.…", "application instructions: follow the links below".
  /\bapplication\s+(?:process|instructions|procedure|pack|details)\b[^.\n]{0,60}\b(?:available|found|see|visit|follow|go\s+to)\b/i,
];

// Hosts of applicant-tracking systems and job boards: a link there is where one applies.
const TRACKING_HOSTS = [
  'greenhouse.io', 'grnh.se', 'lever.co', 'workable.com', 'bamboohr.com', 'smartrecruiters.com', 'myworkdayjobs.com',
  'recruitee.com', 'ashbyhq.com', 'teamtailor.com', 'jobvite.com', 'icims.com', 'taleo.net', 'applytojob.com', 'breezy.hr',
  'personio.de', 'personio.com', 'successfactors.com', 'successfactors.eu', 'pinpointhq.com', 'jobs.ac.uk', 'usajobs.gov',
];
const JOBS_SUBDOMAIN = /^(?:jobs?|careers?|vacanc(?:y|ies)|recruit(?:ing|ment)?|apply|hiring|employment)\./;
const JOBS_PATH = /\/(?:jobs?|careers?|vacanc(?:y|ies)|apply|application|recruit(?:ing|ment)?|job-?openings?)(?:[/?#.-]|$)/i;

/** A web address that leads to a job page: an applicant-tracking system, a `jobs.`/`careers.` site, a `.jobs` domain, a /careers/ path. */
export function isJobUrl(url: string): boolean {
  const match = /^(?:https?:\/\/)?([^/?#:\s]+)(.*)$/i.exec(url.trim());
  if (!match) return false;
  const host = (match[1] ?? '').toLowerCase().replace(/^www\./, '');
  const rest = match[2] ?? '';
  if (TRACKING_HOSTS.some((known) => host === known || host.endsWith(`.${known}`))) return true;
  return JOBS_SUBDOMAIN.test(host) || host.endsWith('.jobs') || JOBS_PATH.test(rest);
}

/** Web addresses written out in text ("http://vacancies.vuw.ac.nz/", "www.ria.ie"). */
export function bareUrls(text: string): string[] {
  return [...text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()"'\]]+/gi)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
}

/** A sentence that mentions applying without saying how ("click to apply below"), for the message. */
export const APPLY_MENTION = /[^.!?\n]*\b(to\s+apply|apply\s+(?:below|now|here|today|online|for\s+(?:this|the)\b)|application\s+forms?|applications?\s+(?:are\s+)?(?:welcome|invited))\b[^.!?\n]*/i;

/** `&#x2F;`, `&#47;`, `&amp;` and friends in an HTML attribute, decoded. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([\da-f]+);/gi, (_all, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_all, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'");
}
