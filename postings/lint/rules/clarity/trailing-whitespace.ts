import type { Report, Rule } from '../../types.js';
import { linesOf, type TextLine } from '../../text/lines.js';

// A line that starts a new block ends the paragraph before it, so two spaces
// before it are not a line break: list items, headings, quotes, fences,
// rules, tables, setext underlines.
const STARTS_BLOCK = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|```|~~~|(?:[-*_][ \t]*){3,}$|=+[ \t]*$|\|)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * Markdown's hard line break: two or more spaces after text, in a paragraph
 * that goes on in the next line. The spaces are meaningful there.
 */
function isHardBreak(line: TextLine, trailing: string, next: TextLine | undefined): boolean {
  if (!/^ {2,}$/.test(trailing) || line.text.trim() === '' || ATX_HEADING.test(line.text)) return false;
  if (next === undefined || next.text.trim() === '') return false;
  return !STARTS_BLOCK.test(next.text);
}

function describeTrailing(trailing: string, emptyLine: boolean): string {
  const tabs = trailing.includes('\t');
  const spaces = trailing.includes(' ');
  const one = trailing.length === 1;
  const what = tabs && spaces ? 'Spaces and tabs' : tabs ? (one ? 'A tab' : `${trailing.length} tabs`) : one ? 'A space' : `${trailing.length} spaces`;
  const effect = one ? 'it cannot be seen and does nothing' : 'they cannot be seen and do nothing';
  return emptyLine ? `This empty line holds ${what.charAt(0).toLowerCase()}${what.slice(1)}: ${effect}.` : `${what} at the end of the line: ${effect}.`;
}

export const trailingWhitespaceRule: Rule = {
  meta: {
    id: 'trailing-whitespace',
    family: 'clarity',
    severity: 'info',
    fixable: true,
    hasSuggestions: true,
    docsAnchor: 'trailing-whitespace',
    description: 'Finds invisible spaces at the end of lines.',
    docs: [
      'Spaces and tabs at the end of a line cannot be seen and do nothing, except in one case: two spaces at the end',
      'of a line inside a paragraph make a line break in the published page. Those are a warning of their own, with',
      'a suggestion to use a visible backslash (\\) instead. The others make one note for the whole posting, whose',
      'fix removes them all at once. Only the posting text is checked, not the details.',
    ].join('\n'),
  },
  check(document) {
    const reports: Report[] = [];
    const idle: { start: number; end: number; trailing: string; empty: boolean }[] = [];
    const lines = linesOf(document.text, document.bodyStart);
    lines.forEach((line, index) => {
      const trailing = /[ \t]+$/.exec(line.text)?.[0];
      if (trailing === undefined) return;
      const start = line.end - trailing.length;
      const end = line.end;
      if (isHardBreak(line, trailing, lines[index + 1])) {
        reports.push({
          message: 'The spaces at the end of this line make a line break in the published page, but they cannot be seen here. A backslash (\\) at the end of the line makes the same break visibly.',
          start,
          end,
          severity: 'warning',
          suggestions: [
            { title: 'Replace the spaces with a backslash', edit: { start, end, text: '\\' } },
            { title: 'Remove the spaces (no line break)', edit: { start, end, text: '' } },
          ],
        });
        return;
      }
      idle.push({ start, end, trailing, empty: line.text.trim() === '' });
    });
    const first = idle[0];
    const last = idle.at(-1);
    if (first === undefined || last === undefined) return reports;
    // One edit from the first to the last run, keeping everything between: a fix is one replacement.
    let kept = '';
    let at = first.start;
    for (const run of idle) {
      kept += document.text.slice(at, run.start);
      at = run.end;
    }
    const message =
      idle.length === 1
        ? describeTrailing(first.trailing, first.empty)
        : `${idle.length} lines end in spaces or tabs: they cannot be seen and do nothing. The fix removes them all.`;
    reports.push({ message, start: first.start, end: first.end, fix: { start: first.start, end: last.end, text: kept } });
    return reports;
  },
};
