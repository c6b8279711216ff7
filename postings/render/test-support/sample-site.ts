import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempFolder } from '../../test-support/temp-site.js';

/** A Hugo site in a temp folder with one page per sample (content/samples/<name>.md) and the given config. */
export function writeSampleSite(samples: Readonly<Record<string, string>>, config: string): string {
  const site = makeTempFolder('posting-desk-samples-');
  writeFileSync(join(site, 'hugo.toml'), `baseURL = "http://example.org/"\n${config}`);
  const folder = join(site, 'content', 'samples');
  mkdirSync(folder, { recursive: true });
  for (const [name, body] of Object.entries(samples)) writeFileSync(join(folder, `${name}.md`), `+++\ntitle = "${name}"\n+++\n${body}`);
  return site;
}
