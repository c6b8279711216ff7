import type { StateCore } from 'markdown-it';
import { splitHeadingAttributes } from './heading-attributes.js';
import { HeadingIds } from './heading-ids.js';
import type { RenderSettings } from './settings.js';

/**
 * Heading attributes and IDs as Hugo makes them, before the inline pass so
 * that `{#id .class}` never shows as text. IDs come from the heading's
 * source (its last line, for a Setext heading), in document order.
 */
export function hugoHeadings(settings: RenderSettings) {
  return (state: StateCore): void => {
    const ids = new HeadingIds(settings.autoHeadingIdType);
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[index + 1];
      if (!inline || inline.type !== 'inline') return;
      const lines = inline.content.split('\n');
      let last = lines[lines.length - 1] ?? '';
      let explicitId: string | undefined;
      if (settings.headingAttributes) {
        const split = splitHeadingAttributes(last);
        if (split) {
          last = split.text;
          lines[lines.length - 1] = last;
          inline.content = lines.join('\n');
          for (const [name, value] of split.attributes) {
            if (name === 'id') explicitId = value;
            token.attrSet(name, value);
          }
        }
      }
      if (!settings.autoHeadingId) return;
      if (explicitId !== undefined) ids.put(explicitId);
      else token.attrSet('id', ids.generate(last));
    });
  };
}
