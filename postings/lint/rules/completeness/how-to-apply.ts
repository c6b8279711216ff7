import type { LintContext, LintDocument, Rule } from '../../types.js';
import { findFieldByKey } from './detail-fields.js';

const APPLY_KEY =
  /^(?:(?:howto)?apply(?:to|via|at)?|application|email|contactemail|recruiteremail|jobsemail|careersemail)$|^(?:apply|application|applying)(?:url|uri|link|href|email|mail|address|form|page|website)$/;

// Words that make a link an application link ("[Apply here](…)", "submit your CV at …").
const APPLY_WORDS = /\b(?:apply|applying|submit|careers?\s+(?:page|site|portal)|job\s+board|application\s+(?:form|portal|page))\b/i;
// An e-mail address; not a high-resolution image's name ("logo@2x.png").
const EMAIL = /[\w.+-]+@(?!\d+x\.)[a-z\d][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}/i;
const APPLY_HEADING = /\bhow\s+to\s+apply\b|^(?:to\s+apply|applying|application(?:\s+process)?|apply(?:\s+(?:now|here|today))?)[\s:!.]*$/i;
const APPLY_PHRASES: RegExp[] = [
  /\bapply\s+(?:online|via|through|at|using)\b/i,
  /\bapply\s+on\s+(?:our|the)\s+(?:website|site|careers?|jobs?|portal|page)\b/i,
  /(?:^|[.!?]\s+)to\s+apply\b/im,
  /\bto\s+apply\s+for\s+(?:this|the)\s+(?:role|position|job|opening)\b/i,
  /\b(?:send|e-?mail|submit|forward|mail|upload)\b[^.\n]{0,80}\b(?:resume|résumé|CV|cover\s+letter|application|portfolio)\b/i,
  /\bclick\s+(?:the\s+)?(?:apply|button|link)\b/i,
];
// Link reference definitions ("[//]: # (...)") are a common way to comment
// text out of a Markdown page: never published.
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The body as it will be published: commented-out lines removed, and raw HTML too when the site drops it. */
function publishedBody(document: LintDocument, unsafeHtml: boolean): string {
  let body = document.text;
  if (!unsafeHtml) {
    const chars = body.split('');
    for (const html of document.html) for (let index = html.start; index < html.end; index += 1) if (chars[index] !== '\n') chars[index] = ' ';
    body = chars.join('');
  }
  body = body.slice(document.bodyStart);
  return body.replace(DEFINITION_LINE, blank).replace(HTML_COMMENT, blank);
}

/** A raw HTML button or link that leads to an application (`onclick="location.href='mailto:…'"`, `href="https://…apply…"`). */
function htmlApplyLinks(document: LintDocument): boolean {
  return document.html.some((html) => /(?:href|location\.href)\s*=\s*\\?["']?\s*(?:mailto:|https?:)/i.test(html.value) && !/^<!--/.test(html.value));
}

function hasApplyWay(document: LintDocument, context: LintContext): boolean {
  if (findFieldByKey(document, (key) => APPLY_KEY.test(key)) !== undefined) return true;
  const body = publishedBody(document, context.config.unsafeHtml);
  if (EMAIL.test(body)) return true;
  if (context.config.unsafeHtml && htmlApplyLinks(document)) return true;
  for (const link of document.links) {
    if (link.image) continue;
    if (/^mailto:/i.test(link.url)) return true;
    if (/^https?:/i.test(link.url)) {
      const lineStart = document.text.lastIndexOf('\n', link.start - 1) + 1;
      const lineEnd = document.text.indexOf('\n', link.end);
      const line = document.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      if (APPLY_WORDS.test(link.text) || APPLY_WORDS.test(line.replace(link.url, ''))) return true;
    }
  }
  if (document.headings.some((heading) => APPLY_HEADING.test(heading.text))) return true;
  return APPLY_PHRASES.some((pattern) => pattern.test(document.prose));
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
      'button the site may add. Give an application link or e-mail address in the text ("Apply at …", "Send your CV to',
      'jobs@…", a "How to apply" section) or in the details (application_url, apply_url, …).',
      'When the site leaves raw HTML out, an HTML "Apply" button does not count: it will not be published.',
    ].join('\n'),
  },
  check(document, context) {
    if (hasApplyWay(document, context)) return [];
    const droppedButton = !context.config.unsafeHtml && htmlApplyLinks(document);
    const message = droppedButton
      ? 'No way to apply will be published: the application button is raw HTML, which this site leaves out. Add an application link or e-mail address in Markdown, e.g. [Apply now](https://…).'
      : 'The posting does not say how to apply. Add an application link or e-mail address (“Apply at https://…”, “Send your CV to jobs@…”) or an application link in the details.';
    return [{ message, start: 0, end: 0 }];
  },
};
