import { describe, expect, it } from 'vitest';
import { HUGO_DEFAULT_SETTINGS } from '../render/index.js';
import { buildExportDocument } from './document.js';
import { toMarkdown } from './markdown-export.js';
import { absoluteLinks, pageUrlOf } from './page-url.js';
import { toPlainText } from './text-export.js';

describe('pageUrlOf: where Hugo publishes a posting', () => {
  it.each([
    ['https://careers.example/', 'careers/data-analyst.md', {}, 'https://careers.example/careers/data-analyst/'],
    ['https://careers.example', 'careers/technical-writer/index.md', {}, 'https://careers.example/careers/technical-writer/'],
    ['//crunch.io/', 'jobs/sdet.md', {}, 'https://crunch.io/jobs/sdet/'],
    ['https://example.org/site/', 'jobs/_index.md', {}, 'https://example.org/site/jobs/'],
    ['https://example.org/', 'jobs/sdet.md', { slug: 'test-engineer' }, 'https://example.org/jobs/test-engineer/'],
    ['https://example.org/', 'jobs/sdet.md', { url: '/join/sdet/' }, 'https://example.org/join/sdet/'],
  ])('%s + %s %j → %s', (site, path, details, expected) => {
    expect(pageUrlOf(site, path, details)).toBe(expected);
  });

  it('knows no address for a site whose baseURL is a bare path', () => {
    expect(pageUrlOf('/', 'jobs/sdet.md', {})).toBeUndefined();
  });
});

describe('links in exports', () => {
  const posting = '+++\ntitle = "Engineer"\nslug = "eng"\n+++\nSee [benefits](../benefits/), [the team](/team/), [notes](#notes) and ![a chart](chart.png).\n';
  const render = { ...HUGO_DEFAULT_SETTINGS };

  it('resolve against the published page when the site says where it is', () => {
    const document = buildExportDocument(posting, { render, siteUrl: 'https://careers.example/', contentPath: 'careers/engineer.md' });
    expect(document.pageUrl).toBe('https://careers.example/careers/eng/');
    expect(toMarkdown(document)).toContain(
      'See [benefits](https://careers.example/careers/benefits/), [the team](https://careers.example/team/), [notes](#notes) and ![a chart](https://careers.example/careers/eng/chart.png).',
    );
    expect(toPlainText(document)).toContain('See benefits (https://careers.example/careers/benefits/), the team (https://careers.example/team/), notes and');
  });

  it('become text when the page’s address is unknown, as they would lead nowhere', () => {
    const document = buildExportDocument(posting, { render });
    expect(toMarkdown(document)).toContain('See benefits, the team, [notes](#notes) and ![a chart](chart.png).');
  });

  it('keep addresses that are absolute already, and leave in-page anchors', () => {
    expect(absoluteLinks('<a href="https://x.example/a">a</a><a href="mailto:a@b.example">m</a><a href="#x">x</a>', 'https://s.example/p/')).toBe(
      '<a href="https://x.example/a">a</a><a href="mailto:a@b.example">m</a><a href="#x">x</a>',
    );
  });
});
