/**
 * The one document every export is made from: the company, the title, the
 * key details and the text rendered by the preview's own pipeline, so what
 * you see is what you export.
 */
import { PostingError } from '../file/posting-error.js';
import { splitPosting } from '../file/split.js';
import { parseFrontMatter } from '../posting/front-matter.js';
import { renderPosting, type RenderSettings } from '../render/index.js';
import { emptyTable, type TomlTable } from '../toml/value.js';
import { postingFacts, type PostingFacts } from './facts.js';
import { keyDetails, localeOf, type KeyDetail } from './key-details.js';
import { absoluteLinks, pageUrlOf } from './page-url.js';

export interface ExportContext {
  /** The site's render settings (the preview's). */
  render: RenderSettings;
  /** .posting-desk.toml `company`, else the site's title. */
  company?: string;
  /** The site's languageCode ("en-us"): dates and amounts follow it. */
  languageCode?: string;
  /** The site's baseURL and the file's path in the content folder ("careers/data-analyst.md"): where Hugo publishes it. */
  siteUrl?: string;
  contentPath?: string;
}

export interface ExportDocument {
  title: string;
  company?: string;
  facts: PostingFacts;
  /** The key details in reading order, formatted for the locale. */
  details: KeyDetail[];
  /** The settings the text was rendered with. */
  render: RenderSettings;
  /** The sanitized HTML fragment of the text, exactly as the preview shows it. */
  bodyHtml: string;
  /** The Markdown body as written. */
  bodyMarkdown: string;
  /** The front matter with its delimiter lines, as written (for the Markdown option that keeps it). */
  frontMatterText?: string;
  /** BCP 47 locale ("en-US"). */
  locale: string;
  /** The published page's address, when the site's baseURL says it: relative links in exports resolve against it. */
  pageUrl?: string;
  languageCode?: string;
}

/**
 * Builds the document from a posting file's text. Details that do not
 * parse are an error (with line and column): an export must not guess.
 */
export function buildExportDocument(text: string, context: ExportContext): ExportDocument {
  const parts = splitPosting(text);
  const frontMatter = parseFrontMatter(text, parts);
  const root = frontMatter?.root ?? emptyTable();
  const facts = postingFacts(root);
  if (facts.title === '') throw new PostingError('invalid-front-matter', 'This posting has no title; give it one in the details before exporting');
  const locale = localeOf(context.languageCode);
  const bodyMarkdown = text.slice(parts.bodyStart);
  const frontMatterText = parts.frontMatter ? text.slice(parts.frontMatter.openStart, parts.frontMatter.closeEnd) : undefined;
  return {
    title: facts.title,
    ...(context.company ? { company: context.company } : {}),
    facts,
    details: keyDetails(facts, locale),
    render: context.render,
    bodyHtml: renderPosting(bodyMarkdown, context.render).html,
    bodyMarkdown,
    ...(frontMatterText === undefined ? {} : { frontMatterText }),
    locale,
    ...(context.languageCode ? { languageCode: context.languageCode } : {}),
    ...pageUrlPart(context, root),
  };
}

function pageUrlPart(context: ExportContext, root: TomlTable): { pageUrl?: string } {
  if (context.siteUrl === undefined || context.contentPath === undefined) return {};
  const text = (key: string): string | undefined => {
    const value = root.entries.get(key);
    return value?.type === 'string' && value.value.trim() !== '' ? value.value.trim() : undefined;
  };
  const url = text('url');
  const slug = text('slug');
  const pageUrl = pageUrlOf(context.siteUrl, context.contentPath, { ...(url ? { url } : {}), ...(slug ? { slug } : {}) });
  return pageUrl ? { pageUrl } : {};
}

/**
 * The text's HTML with its relative links and images made absolute against
 * the published page; without a known page, relative links are left as text
 * (on paper or in a job board they would lead nowhere). In-page anchors stay.
 */
export function linkedBody(document: ExportDocument): string {
  if (document.pageUrl) return absoluteLinks(document.bodyHtml, document.pageUrl);
  return document.bodyHtml.replace(/<a href="(?![#]|[a-z][a-z0-9+.-]*:)[^"]*"/gi, '<a');
}
