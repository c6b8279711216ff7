import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineImages } from '../export/inline-images.js';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../test-support/temp-site.js';
import { contextForFile, exportSetupFor } from './export-context.js';
import { localImageInliner } from './local-images.js';
import { printablePage } from './print-posting.js';

const site = copySite(SAMPLE_SITE);
const bundle = join(site, 'content', 'careers', 'technical-writer', 'index.md');
afterAll(removeTempFolders);

describe('the posting’s own images in the print page', () => {
  const inline = localImageInliner(bundle, site);

  it('come from the page bundle as data: URLs', () => {
    expect(inline('docs-workflow.svg')).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
  });

  it('come from the site’s static folder for sources from the site’s root', () => {
    mkdirSync(join(site, 'static', 'images'), { recursive: true });
    writeFileSync(join(site, 'static', 'images', 'team.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    expect(inline('/images/team.png')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('never come from outside the repository, nor from files that are no images', () => {
    const outside = makeTempFolder();
    writeFileSync(join(outside, 'secret.png'), 'secret');
    expect(inline(`../../../../${outside.split('/').pop()}/secret.png`)).toBeUndefined();
    expect(inline('../../../hugo.toml')).toBeUndefined();
    expect(inline('missing.png')).toBeUndefined();
  });

  it('replace only local sources in img elements; remote ones and other attributes stay', () => {
    const html = '<p><img src="docs-workflow.svg" alt="Flow"> <img src="https://cdn.example/x.png" alt="Remote"> <a href="docs-workflow.svg">file</a></p>';
    const out = inlineImages(html, inline);
    expect(out).toMatch(/^<p><img src="data:image\/svg\+xml;base64,[^"]+" alt="Flow"> <img src="https:\/\/cdn.example\/x.png" alt="Remote"> <a href="docs-workflow.svg">file<\/a><\/p>$/);
  });

  it('show in the print page, while its JSON-LD keeps the published addresses', () => {
    const setup = exportSetupFor(site);
    const page = printablePage(readFileSync(bundle, 'utf8'), contextForFile(setup, bundle), { paper: 'A4', images: inline });
    const [head = '', body = ''] = page.split('</head>');
    expect(body).toMatch(/<img src="data:image\/svg\+xml;base64,/);
    expect(head).not.toContain('data:image');
    expect(head).toContain('https://careers.kestrelrow.example/careers/technical-writer/docs-workflow.svg');
  });

  it('refuse what an inliner returns when it is not an image data: URL', () => {
    expect(inlineImages('<img src="a.png">', () => 'javascript:alert(1)')).toBe('<img src="a.png">');
  });
});
