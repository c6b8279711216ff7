/**
 * How a posting is rendered: the site's `markup` settings as Hugo reads them
 * (its `markup.goldmark` and `markup.highlight` tables), plus what the
 * preview needs. JSON-safe, so it crosses the worker and IPC boundaries.
 */
export interface RenderSettings {
  /** markup.goldmark.renderer.unsafe: raw HTML is published (we still sanitize it). */
  unsafe: boolean;
  /** markup.goldmark.renderer.hardWraps: a line break in a paragraph is a `<br>`. */
  hardWraps: boolean;
  /** markup.goldmark.renderer.xhtml: `<br />` instead of `<br>`. */
  xhtml: boolean;
  /** markup.goldmark.extensions.*: Goldmark's extensions, each on or off. */
  typographer: boolean;
  footnote: boolean;
  definitionList: boolean;
  table: boolean;
  strikethrough: boolean;
  linkify: boolean;
  /** The scheme Hugo gives linkified `www.` addresses. */
  linkifyProtocol: string;
  taskList: boolean;
  /** markup.goldmark.parser.autoHeadingID and autoHeadingIDType. */
  autoHeadingId: boolean;
  autoHeadingIdType: 'github' | 'github-ascii' | 'blackfriday';
  /** markup.goldmark.parser.attribute.title: `## Heading {#id .class}`. */
  headingAttributes: boolean;
  /** markup.goldmark.parser.wrapStandAloneImageWithinParagraph: an image alone in a paragraph keeps its `<p>`. */
  wrapStandAloneImages: boolean;
  /** markup.goldmark.parser.attribute.block: a `{.class}` line under a block sets that block's attributes. */
  blockAttributes: boolean;
  /** markup.highlight.codeFences: fenced code gets Hugo's code-block markup. */
  codeFences: boolean;
  /**
   * Images on other hosts: 'placeholder' shows a box with the alt text
   * instead of fetching them (the preview); 'keep' leaves the `<img>`.
   */
  remoteImages: 'placeholder' | 'keep';
}

/** Hugo's own defaults (Hugo 0.111's goldmark_config.Default and highlight defaults). */
export const HUGO_DEFAULT_SETTINGS: Readonly<RenderSettings> = Object.freeze({
  unsafe: false,
  hardWraps: false,
  xhtml: false,
  typographer: true,
  footnote: true,
  definitionList: true,
  table: true,
  strikethrough: true,
  linkify: true,
  linkifyProtocol: 'https',
  taskList: true,
  autoHeadingId: true,
  autoHeadingIdType: 'github',
  headingAttributes: true,
  wrapStandAloneImages: true,
  blockAttributes: false,
  codeFences: true,
  remoteImages: 'placeholder',
});

type Table = Record<string, unknown>;

/**
 * Settings from a site's `markup` table (the object under `markup` in
 * hugo.toml or config.toml, as parsed), Hugo's defaults where a key is absent
 * or of the wrong type. Keys match case-insensitively, as Hugo's do.
 */
export function renderSettingsFromSite(markupConfig: unknown, remoteImages: RenderSettings['remoteImages'] = 'placeholder'): RenderSettings {
  const markup = asTable(markupConfig);
  const goldmark = child(markup, 'goldmark');
  const renderer = child(goldmark, 'renderer');
  const extensions = child(goldmark, 'extensions');
  const parser = child(goldmark, 'parser');
  const attribute = child(parser, 'attribute');
  const highlight = child(markup, 'highlight');
  const d = HUGO_DEFAULT_SETTINGS;
  const idType = stringAt(parser, 'autoHeadingIDType');
  return {
    unsafe: boolAt(renderer, 'unsafe', d.unsafe),
    hardWraps: boolAt(renderer, 'hardWraps', d.hardWraps),
    xhtml: boolAt(renderer, 'xhtml', d.xhtml),
    typographer: boolAt(extensions, 'typographer', d.typographer),
    footnote: boolAt(extensions, 'footnote', d.footnote),
    definitionList: boolAt(extensions, 'definitionList', d.definitionList),
    table: boolAt(extensions, 'table', d.table),
    strikethrough: boolAt(extensions, 'strikethrough', d.strikethrough),
    linkify: boolAt(extensions, 'linkify', d.linkify),
    linkifyProtocol: stringAt(extensions, 'linkifyProtocol') ?? d.linkifyProtocol,
    taskList: boolAt(extensions, 'taskList', d.taskList),
    autoHeadingId: boolAt(parser, 'autoHeadingID', d.autoHeadingId),
    autoHeadingIdType: idType === 'github-ascii' || idType === 'blackfriday' || idType === 'github' ? idType : d.autoHeadingIdType,
    headingAttributes: boolAt(attribute, 'title', d.headingAttributes),
    wrapStandAloneImages: boolAt(parser, 'wrapStandAloneImageWithinParagraph', d.wrapStandAloneImages),
    blockAttributes: boolAt(attribute, 'block', d.blockAttributes),
    codeFences: boolAt(highlight, 'codeFences', d.codeFences),
    remoteImages,
  };
}

function asTable(value: unknown): Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {};
}

function find(table: Table, key: string): unknown {
  const lower = key.toLowerCase();
  const name = Object.keys(table).find((candidate) => candidate.toLowerCase() === lower);
  return name === undefined ? undefined : table[name];
}

function child(table: Table, key: string): Table {
  return asTable(find(table, key));
}

function boolAt(table: Table, key: string, fallback: boolean): boolean {
  const value = find(table, key);
  return typeof value === 'boolean' ? value : fallback;
}

function stringAt(table: Table, key: string): string | undefined {
  const value = find(table, key);
  return typeof value === 'string' ? value : undefined;
}
