import { quote } from '../../text/quote.js';
import type { LintContext, LintDocument, Rule } from '../../types.js';
import {
  APPLY_HEADING,
  APPLY_INSTRUCTIONS,
  APPLY_LINK_WORDS,
  APPLY_MENTION,
  EMAIL,
  bareUrls,
  decodeEntities,
  isJobUrl,
} from './apply-wording.js';
import { findFieldByKey } from './detail-fields.js';

const APPLY_KEY =
  /^(?:(?:howto)?apply(?:to|via|at)?|application|email|contactemail|recruiteremail|jobsemail|careersemail)$|^(?:apply|application|applying)(?:url|uri|link|href|email|mail|address|form|page|website)$/;

// Link reference definitions ("[//]: # (...)") are a common way to comment
// text out of a Markdown page: never published.
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

interface Link {
  url: string;
  text: string;
  start: number;
  end: number;
}

/** The body as one reading sees it: same offsets as the file, everything else blanked. */
interface View {
  text: string;
  prose: string;
  links: Link[];
}

/** What was found: a way to apply, where. */
interface Evidence {
  start: number;
  end: number;
}

function blankRange(chars: string[], start: number, end: number): void {
  for (let index = start; index < end; index += 1) if (chars[index] !== '\n') chars[index] = ' ';
}

function blankUnpublished(text: string, document: LintDocument, dropHtml: boolean): string {
  const chars = text.split('');
  blankRange(chars, 0, document.bodyStart);
  if (dropHtml) for (const html of document.html) blankRange(chars, html.start, html.end);
  const blanked = chars.join('');
  const blank = (match: string): string => match.replace(/[^\n]/g, ' ');
  return blanked.replace(DEFINITION_LINE, blank).replace(HTML_COMMENT, blank);
}

function lineAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
}

/** Links written as raw HTML: `<a href="…">`, `<button onclick="location.href='…'">`. */
function htmlLinks(document: LintDocument): Link[] {
  const links: Link[] = [];
  for (const html of document.html) {
    if (html.value.startsWith('<!--')) continue;
    for (const match of html.value.matchAll(/\b(?:href|location\.href)\s*=\s*\\?(["'])([^"']+)\1/gi)) {
      const line = lineAround(document.text, html.start, html.end).replace(/<[^>]*>/g, ' ');
      links.push({ url: decodeEntities(match[2] ?? ''), text: line, start: html.start, end: html.end });
    }
  }
  return links;
}

function view(document: LintDocument, withHtml: boolean): View {
  const markdownLinks = document.links.filter((link) => !link.image);
  return {
    text: blankUnpublished(document.text, document, !withHtml),
    prose: blankUnpublished(document.prose, document, !withHtml),
    links: withHtml ? [...markdownLinks, ...htmlLinks(document)] : markdownLinks,
  };
}

function matchIn(pattern: RegExp, text: string): Evidence | undefined {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function isApplyLink(link: Link, text: string): boolean {
  if (/^mailto:/i.test(link.url)) return true;
  if (!/^https?:/i.test(link.url)) return false;
  return isJobUrl(link.url) || APPLY_LINK_WORDS.test(link.text) || APPLY_LINK_WORDS.test(lineAround(text, link.start, link.end).replace(link.url, ''));
}

/** Where the body says how to apply: an address, an application or job link, a heading, or instructions. */
function applyWay(document: LintDocument, body: View): Evidence | undefined {
  const email = matchIn(EMAIL, body.text);
  if (email) return email;
  const link = body.links.find((candidate) => body.text.slice(candidate.start, candidate.end).trim() !== '' && isApplyLink(candidate, document.text));
  if (link) return link;
  for (const url of bareUrls(body.text)) {
    if (isJobUrl(url)) return { start: body.text.indexOf(url), end: body.text.indexOf(url) + url.length };
  }
  const heading = document.headings.find((candidate) => APPLY_HEADING.test(candidate.text) && body.text.slice(candidate.start, candidate.end).trim() !== '');
  if (heading) return heading;
  for (const pattern of APPLY_INSTRUCTIONS) {
    const found = matchIn(pattern, body.prose);
    if (found) return found;
  }
  return undefined;
}

/** The words around `word` in `sentence`, at most about 60 characters. */
function around(sentence: string, word: string): string {
  if (sentence.length <= 60) return sentence;
  const at = Math.max(0, sentence.toLowerCase().indexOf(word.toLowerCase()));
  const from = Math.max(0, at - 30);
  const to = Math.min(sentence.length, at + word.length + 30);
  // Whole words only: drop a word the cut went through.
  const words = sentence.slice(from, to).split(' ');
  if (from > 0) words.shift();
  if (to < sentence.length) words.pop();
  return `${from > 0 ? '…' : ''}${words.join(' ')}${to < sentence.length ? '…' : ''}`;
}

function missingMessage(document: LintDocument, context: LintContext): string {
  const mention = APPLY_MENTION.exec(view(document, context.config.unsafeHtml).prose);
  const said = mention ? around(mention[0].replace(/\s+/g, ' ').trim(), mention[1] ?? '') : '';
  const add = 'Add an application link or e-mail address (“Apply at https://…”, “Send your CV to jobs@…”) or an application link in the details.';
  if (said !== '') return `The posting mentions applying (${quote(said)}) but gives no link, e-mail address or instructions for it. ${add}`;
  return `The posting does not say how to apply: no application link, e-mail address, instructions or closing date. ${add}`;
}

export const howToApplyRule: Rule = {
  meta: {
    id: 'how-to-apply',
    family: 'completeness',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'how-to-apply',
    description: 'The posting tells applicants how to apply.',
    docs: [
      'A posting without a way to apply loses the people it convinced, and copies on job boards or in PDF lose the',
      'button the site may add. Counted as a way to apply: an e-mail address; a link about applying, or to a job page',
      '(an applicant-tracking system such as Greenhouse, Lever, Workday or BambooHR, a jobs./careers. site, a /careers/',
      'path), in Markdown or written out; a "How to apply" heading at any level; instructions ("To apply, go to …",',
      '"Send your CV to …", "applications must be submitted …", "details of the application process are available on',
      '…"); a closing date for applications; or an application link or e-mail address in the details (application_url,',
      'apply_url, …). The message quotes what the posting says about applying when it says no more than that.',
      'Text and links inside raw HTML count too; when the site leaves raw HTML out, the raw-html rule warns at the tag',
      'that will not be published.',
    ].join('\n'),
  },
  check(document, context) {
    if (findFieldByKey(document, (key) => APPLY_KEY.test(key)) !== undefined) return [];
    // What the posting states counts, raw HTML included: whether raw HTML is
    // published is the raw-html rule's warning, at the very tag.
    if (applyWay(document, view(document, true))) return [];
    return [{ message: missingMessage(document, context), start: 0, end: 0 }];
  },
};
