import type { StateCore, Token } from 'markdown-it';
import { isAsciiPunct } from './char-class.js';

/**
 * Goldmark's linkify: `http://`, `https://` and `ftp://` URLs, `www.`
 * addresses and e-mail addresses, found only where Goldmark looks (at the
 * start of a line or after another inline, after a space, `*`, `_`, `~` or
 * `(`). Bare domains such as `Crunch.io` are never links, unlike
 * linkify-it's fuzzy mode.
 */
export function goldmarkLinkify(protocol: string, typographer: boolean) {
  // The typographer makes a quote an inline node of its own, after which Goldmark tries linkify again.
  const triggers = typographer ? `${TRIGGERS}"'` : TRIGGERS;
  return (state: StateCore): void => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = linkifyChildren(block.children, state, protocol, triggers);
    }
  };
}

const URL = /^(?:http|https|ftp):\/\/[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/;
const WWW = /^www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}[\]`]*)?/;
const EMAIL_LOCAL = /^[-!#$%&'*+./0-9=?A-Z^_`a-z{|}~]+/;
const EMAIL_DOMAIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*/;
const TRIGGERS = ' *_~(';

interface Found {
  length: number;
  href: string;
}

function linkifyChildren(children: Token[], state: StateCore, protocol: string, triggers: string): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  // Goldmark does not linkify inside a link label, even one whose `[` is never closed.
  let openLabels = 0;
  children.forEach((child, index) => {
    if (child.type === 'link_open') linkDepth += 1;
    if (child.type === 'link_close') linkDepth -= 1;
    if (child.type !== 'text' || linkDepth > 0 || child.meta?.verbatim === true) {
      out.push(child);
      return;
    }
    const text = child.content;
    // An entity or a backslash escape is part of Goldmark's text, not an inline node of its own.
    const startTriggers = children[index - 1]?.type !== 'text_special';
    let emitted = 0;
    let nextAt = text.indexOf('@');
    for (let position = 0; position < text.length; position += 1) {
      const previous = text[position - 1];
      if (previous === '[') openLabels += 1;
      else if (previous === ']' && openLabels > 0) openLabels -= 1;
      if (openLabels > 0) continue;
      // Goldmark tries at a line's start and after any inline node, which begins every text token.
      const triggered = position === 0 ? startTriggers : triggers.includes(previous as string);
      if (!triggered) continue;
      // No address Goldmark links holds white space, so the word ahead is all that can match.
      const end = wordEnd(text, position);
      const first = text[position];
      if (nextAt >= 0 && nextAt < position) nextAt = text.indexOf('@', position);
      if (first !== 'h' && first !== 'f' && first !== 'w' && (nextAt < 0 || nextAt >= end)) continue;
      const found = match(text.slice(position, end), protocol);
      if (!found) continue;
      if (position > emitted) out.push(textToken(state, text.slice(emitted, position)));
      const label = text.slice(position, position + found.length);
      const open = new state.Token('link_open', 'a', 1);
      open.attrs = [['href', state.md.normalizeLink(found.href)]];
      open.markup = 'linkify';
      open.info = 'auto';
      const body = textToken(state, label);
      body.meta = { verbatim: true };
      const close = new state.Token('link_close', 'a', -1);
      close.markup = 'linkify';
      close.info = 'auto';
      out.push(open, body, close);
      emitted = position + found.length;
      position = emitted - 1;
    }
    // The loop counted each character before the one it looked at; the last one is left, unless a link took it.
    for (const char of text.slice(Math.max(emitted, text.length - 1))) {
      if (char === '[') openLabels += 1;
      else if (char === ']' && openLabels > 0) openLabels -= 1;
    }
    if (emitted === 0) out.push(child);
    else if (emitted < text.length) out.push(textToken(state, text.slice(emitted)));
  });
  return out;
}

const SPACE = /\s/g;

function wordEnd(text: string, from: number): number {
  SPACE.lastIndex = from;
  const match = SPACE.exec(text);
  return match ? match.index : text.length;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

function match(line: string, protocol: string): Found | undefined {
  let end: number | undefined;
  let kind: 'url' | 'www' | 'email' = 'url';
  if (/^(?:https?|ftp):/.test(line)) end = URL.exec(line)?.[0].length;
  if (end === undefined && line.startsWith('www.')) {
    end = WWW.exec(line)?.[0].length;
    kind = 'www';
  }
  if (end !== undefined) end = trimUrlEnd(line, end);
  else {
    if (isAsciiPunct(line[0])) return undefined;
    end = emailEnd(line);
    if (end === undefined) return undefined;
    kind = 'email';
  }
  let i = end - 1;
  while (i > 0 && '?!.,:*_~'.includes(line[i] as string)) i -= 1;
  const length = i + 1;
  const label = line.slice(0, length);
  const href = kind === 'www' ? `${protocol}://${label}` : kind === 'email' ? `mailto:${label}` : label;
  return { length, href };
}

function trimUrlEnd(line: string, end: number): number {
  const last = line[end - 1];
  if (last === '.') return end - 1;
  if (last === ')') {
    let closing = 0;
    for (let i = end - 1; i >= 0; i -= 1) {
      if (line[i] === ')') closing += 1;
      else if (line[i] === '(') closing -= 1;
    }
    return closing > 0 ? end - closing : end;
  }
  if (last === ';') {
    let i = end - 2;
    while (i >= 0 && /[a-zA-Z0-9]/.test(line[i] as string)) i -= 1;
    if (i !== end - 2 && line[i] === '&') return i;
  }
  return end;
}

function emailEnd(line: string): number | undefined {
  const local = EMAIL_LOCAL.exec(line)?.[0];
  if (local === undefined || line[local.length] !== '@') return undefined;
  const domain = EMAIL_DOMAIN.exec(line.slice(local.length + 1))?.[0];
  if (domain === undefined) return undefined;
  let end = local.length + 1 + domain.length;
  if (!line.slice(local.length, end - 1).includes('.')) return undefined;
  if (line[end - 1] === '.') end -= 1;
  const next = line[end];
  if (next === '-' || next === '_') return undefined;
  return end;
}
