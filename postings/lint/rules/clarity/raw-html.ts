import type { LintDocument, Report, Rule, Suggestion } from '../../types.js';
import { excerpt, quote } from '../../text/quote.js';

type Html = LintDocument['html'][number];

/** Raw HTML pieces that belong together: the tags of one line (`<button …>Apply</button>`), or one HTML block. */
interface HtmlGroup {
  parts: Html[];
  start: number;
  end: number;
  /** The readable text inside the group, tags removed. */
  text: string;
  /** An HTML block (dropped whole) rather than tags inside a paragraph (whose text stays). */
  block: boolean;
}

function groupHtml(document: LintDocument): HtmlGroup[] {
  const groups: HtmlGroup[] = [];
  for (const part of document.html) {
    const last = groups[groups.length - 1];
    if (last && !last.block && !document.text.slice(last.end, part.start).includes('\n') && !part.value.includes('\n')) {
      last.parts.push(part);
      last.end = part.end;
      continue;
    }
    groups.push({ parts: [part], start: part.start, end: part.end, text: '', block: isBlock(document, part) });
  }
  for (const group of groups) {
    group.text = document.text
      .slice(group.start, group.end)
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return groups;
}

/**
 * An HTML block starts a line after a blank line (it cannot interrupt a
 * paragraph) and fills its lines; tags inside a paragraph are inline.
 */
function isBlock(document: LintDocument, part: Html): boolean {
  const lineStart = document.text.lastIndexOf('\n', part.start - 1) + 1;
  if (document.text.slice(lineStart, part.start).trim() !== '') return false;
  const lineEnd = document.text.indexOf('\n', part.end);
  if (document.text.slice(part.end, lineEnd === -1 ? undefined : lineEnd).trim() !== '') return false;
  if (lineStart <= document.bodyStart) return true;
  const previousLineStart = document.text.lastIndexOf('\n', lineStart - 2) + 1;
  return document.text.slice(previousLineStart, lineStart).trim() === '';
}

const UNSAFE_NOTE = 'the site leaves raw HTML out (markup.goldmark.renderer.unsafe is off in its Hugo config)';

function droppedMessage(group: HtmlGroup): string {
  if (group.parts.every((part) => /^<br\s*\/?>$/i.test(part.value))) {
    return `The line break (<br>) will not be published: ${UNSAFE_NOTE}. End the line with a backslash (\\) instead.`;
  }
  const inside = group.text === '' ? '' : quote(excerpt(group.text));
  if (group.block) {
    return `This HTML will not be published: ${UNSAFE_NOTE}, so it silently disappears from the page${inside === '' ? '' : `, text ${inside} included`}. Write it in Markdown instead.`;
  }
  const tags = group.parts.length === 1 ? 'This HTML tag' : 'These HTML tags';
  return `${tags} will not be published: ${UNSAFE_NOTE}, so ${group.parts.length === 1 ? 'it silently disappears' : 'they silently disappear'}${inside === '' ? '' : `; the text ${inside} stays, without what the tags do`}. Write it in Markdown instead.`;
}

const NAVIGATING_BUTTON = /^<button\b([^>]*?)\s+onclick\s*=\s*(["'])\s*(?:window\.)?location(?:\.href)?\s*=\s*(['"])([^'"]+)\3\s*;?\s*\2([^>]*)>$/i;

/** `<button class="btn" onclick="location.href='URL'">Apply</button>` → `<a class="btn" href="URL">Apply</a>`. */
function linkInsteadOfButton(document: LintDocument, group: HtmlGroup): Suggestion | undefined {
  const open = group.parts[0];
  const close = group.parts[group.parts.length - 1];
  if (group.parts.length !== 2 || !open || !close || !/^<\/button\s*>$/i.test(close.value)) return undefined;
  const match = NAVIGATING_BUTTON.exec(open.value);
  if (!match) return undefined;
  const attributes = `${match[1] ?? ''}${match[5] ?? ''}`.replace(/\s+type\s*=\s*(["'])[^"']*\1/i, '');
  const inner = document.text.slice(open.end, close.start);
  return {
    title: 'Replace with a link styled as a button',
    edit: { start: group.start, end: group.end, text: `<a${attributes} href="${match[4] ?? ''}">${inner}</a>` },
  };
}

/** With raw HTML published, what the preview and exports remove or the live page should not run. */
function riskyReport(document: LintDocument, group: HtmlGroup): Report | undefined {
  const html = group.parts.map((part) => part.value).join(' ');
  if (/<script\b/i.test(html)) {
    return { message: 'This script runs on the live page but the preview and exports remove it. Scripts belong in the site’s templates, not in a posting.', start: group.start, end: group.end };
  }
  const embed = /<(iframe|object|embed)\b/i.exec(html);
  if (embed) {
    return { message: `Embedded content (<${embed[1]?.toLowerCase()}>) is removed from the preview and exports, so they will not show it. Link to it instead.`, start: group.start, end: group.end };
  }
  if (/\b(?:href|src)\s*=\s*["']?\s*javascript:/i.test(html)) {
    return { message: 'A javascript: link runs code instead of opening a page; the preview and exports remove it. Link to a page or an e-mail address instead.', start: group.start, end: group.end };
  }
  const handler = /\s(on[a-z]+)\s*=/i.exec(html);
  if (handler) {
    const suggestion = linkInsteadOfButton(document, group);
    const handlerName = handler[1]?.toLowerCase() ?? 'on…';
    const button = group.text === '' ? 'This button' : `The ${quote(excerpt(group.text))} button`;
    const element = group.text === '' ? 'This HTML' : quote(excerpt(group.text));
    return {
      message: suggestion
        ? `${button} works only through JavaScript (${handlerName}), which the preview and exports remove: there it does nothing. A link styled as a button works everywhere.`
        : `${element} relies on JavaScript (${handlerName}), which the preview and exports remove: there it does nothing.`,
      start: group.start,
      end: group.end,
      severity: 'info',
      ...(suggestion ? { suggestions: [suggestion] } : {}),
    };
  }
  return undefined;
}

export const rawHtmlRule: Rule = {
  meta: {
    id: 'raw-html',
    family: 'clarity',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'raw-html',
    description: 'Finds HTML in the text that the site will not publish as written.',
    docs: [
      'Hugo leaves raw HTML out of the page unless the site turns on markup.goldmark.renderer.unsafe: then HTML in a',
      'posting silently disappears (for tags inside a paragraph, the tags go and their text stays, without its',
      'function). Write it in Markdown instead. When the site does publish raw HTML, only what the preview and',
      'exports remove is reported: scripts, embedded frames, javascript: links (warnings) and onclick-style handlers',
      '(info, with a suggestion to use a plain link styled as a button). HTML comments are never reported.',
    ].join('\n'),
  },
  check(document, context) {
    const reports: Report[] = [];
    for (const group of groupHtml(document)) {
      if (group.parts.every((part) => /^<!--[\s\S]*-->$/.test(part.value.trim()))) continue;
      if (!context.config.unsafeHtml) {
        reports.push({ message: droppedMessage(group), start: group.start, end: group.end });
        continue;
      }
      const report = riskyReport(document, group);
      if (report) reports.push(report);
    }
    return reports;
  },
};
