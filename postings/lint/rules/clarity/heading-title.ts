import type { LintDocument, Report, Rule, TextEdit } from '../../types.js';
import { quote } from '../../text/quote.js';

type Heading = LintDocument['headings'][number];

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isAtx(document: LintDocument, heading: Heading): boolean {
  return document.text[heading.start] === '#';
}

/**
 * Moves every heading of the text down one level ("#" → "##", "##" → "###"),
 * so that the outline keeps its shape under the page title. Undefined when
 * that cannot be done by adding "#": a setext heading ("Title\n====="), or
 * a level-6 heading.
 */
function demoteAll(document: LintDocument, headings: Heading[]): TextEdit | undefined {
  const first = headings[0];
  const last = headings[headings.length - 1];
  if (!first || !last || headings.some((heading) => !isAtx(document, heading) || heading.depth === 6)) return undefined;
  let text = '';
  let at = first.start;
  for (const heading of headings) {
    text += `${document.text.slice(at, heading.start)}#`;
    at = heading.start;
  }
  const end = last.start + 1;
  text += document.text.slice(at, end);
  return { start: first.start, end, text };
}

/** The heading's whole line, with its line break, for removing it. */
function headingLines(document: LintDocument, heading: Heading): TextEdit {
  const start = document.text.lastIndexOf('\n', heading.start - 1) + 1;
  let end = heading.end;
  if (document.text[end] === '\r') end += 1;
  if (document.text[end] === '\n') end += 1;
  return { start, end, text: '' };
}

const MARKS = ['', '#', '##', '###', '####', '#####', '######'];

export const headingTitleRule: Rule = {
  meta: {
    id: 'heading-title',
    family: 'clarity',
    severity: 'warning',
    fixable: true,
    hasSuggestions: true,
    docsAnchor: 'heading-title',
    description: 'Headings in the text fit under the posting’s title.',
    docs: [
      'The site shows the posting’s title as the page’s main heading (level 1). A level-1 heading (#) in the text',
      'competes with it: it looks as big as the title, and screen readers and search engines see two page titles.',
      'Use ## for sections: one warning per posting, whose fix moves every heading down one level. A heading that repeats the',
      'title says it twice. Levels that skip (## then ####) are reported as info: people using screen readers move',
      'through a page by heading level.',
    ].join('\n'),
  },
  check(document) {
    const reports: Report[] = [];
    const title = document.field('title');
    const titleText = title?.value.type === 'string' ? comparable(title.value.value) : '';
    const headings = document.headings;
    const repeatsTitle = (heading: Heading): boolean => titleText !== '' && comparable(heading.text) === titleText;
    let levelOneReported = false;
    headings.forEach((heading, index) => {
      if (repeatsTitle(heading)) {
        reports.push({
          message: `This heading repeats the posting’s title, which the page already shows above the text.`,
          start: heading.start,
          end: heading.end,
          suggestions: [{ title: 'Remove the heading', edit: headingLines(document, heading) }],
        });
        return;
      }
      if (heading.depth === 1) {
        // One warning per posting, at the first level-1 heading: the fix
        // moves the whole outline down one level.
        if (levelOneReported) return;
        levelOneReported = true;
        const count = headings.filter((other) => other.depth === 1 && !repeatsTitle(other)).length;
        const fix = demoteAll(document, headings.filter((other) => !repeatsTitle(other)));
        const which = count === 1 ? `${quote(heading.text)} is a level-1 heading (#)` : `This posting has ${count} level-1 headings (#), starting with ${quote(heading.text)}`;
        reports.push({
          message: `${which}, like the page title the site shows above the text: use ## for sections${fix ? ' (the fix moves every heading down one level)' : ''}.`,
          start: heading.start,
          end: heading.end,
          ...(fix ? { fix } : {}),
        });
        return;
      }
      const previous = headings[index - 1];
      if (previous !== undefined && heading.depth > previous.depth + 1) {
        const wanted = previous.depth + 1;
        const report: Report = {
          message: `This heading skips from level ${previous.depth} (${MARKS[previous.depth]}) to level ${heading.depth} (${MARKS[heading.depth]}); use ${MARKS[wanted]} so the outline has no gap.`,
          start: heading.start,
          end: heading.end,
          severity: 'info',
        };
        if (isAtx(document, heading)) {
          report.suggestions = [{ title: `Make it a level-${wanted} heading`, edit: { start: heading.start, end: heading.start + heading.depth, text: MARKS[wanted] ?? '' } }];
        }
        reports.push(report);
      }
    });
    return reports;
  },
};
