/**
 * What in an HTML document could run or load something: the check the
 * export tests run over every format (Markdown after rendering it with raw
 * HTML allowed, as a careless job board would).
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import { PROJECT_ROOT } from './cli.js';

type Node = ReturnType<typeof parseDocument>['children'][number];

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'form', 'meta', 'base', 'link', 'style', 'svg', 'math']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'srcset', 'background']);

/** Every live payload in an HTML document, described; empty when none. JSON-LD scripts are data and allowed. */
export function livePayloads(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const name = node.name.toLowerCase();
      const ldJson = name === 'script' && (node.attribs.type ?? '').toLowerCase() === 'application/ld+json';
      if (DANGEROUS_ELEMENTS.has(name) && !ldJson) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(node.attribs)) {
        const key = attribute.toLowerCase();
        if (key.startsWith('on')) found.push(`${key} attribute on <${name}>`);
        const url = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (URL_ATTRIBUTES.has(key) && /^(?:javascript|vbscript|data):/.test(url) && !(name === 'img' && key === 'src' && url.startsWith('data:image/'))) {
          found.push(`${key}="${value.slice(0, 40)}" on <${name}>`);
        }
        if (URL_ATTRIBUTES.has(key) && name !== 'a' && /^(?:https?:)?\/\//.test(url)) found.push(`remote ${key}="${value.slice(0, 60)}" on <${name}>`);
        if (key === 'style' && /url\s*\(|expression\s*\(|@import/i.test(value)) found.push(`style that loads on <${name}>`);
      }
      walk(node.children);
    }
  };
  walk(parseDocument(html).children);
  if (/<\/script/i.test(scriptContents(html))) found.push('a </script> inside a script element');
  return found;
}

function scriptContents(html: string): string {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((match) => match[1] ?? '').join('\n');
}

/** Markdown rendered the way the least careful job board would: raw HTML passed through. */
export function renderMarkdownUnsafely(markdown: string): string {
  return new MarkdownIt({ html: true, linkify: true }).render(markdown);
}

/** The script-payload posting, with its local addresses pointed at a port (a server that must see no request). */
export function scriptPayloadPosting(port = 9): string {
  return readFileSync(`${PROJECT_ROOT}postings/export/test-fixtures/script-payloads.md`, 'utf8').replace(/PORT/g, String(port));
}
