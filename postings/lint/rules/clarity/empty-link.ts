import type { Report, Rule } from '../../types.js';
import { quote } from '../../text/quote.js';

// Addresses that go nowhere: nothing, a bare "#", or a scheme alone.
const NOWHERE = /^(?:#?|https?:\/*|mailto:|tel:)$/i;
// Placeholders left from a template.
const PLACEHOLDER = /^(?:url|link|todo|tbd|xxx+|\.\.\.|…)$/i;

export const emptyLinkRule: Rule = {
  meta: {
    id: 'empty-link',
    family: 'clarity',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'empty-link',
    description: 'Links have text to click and an address to go to.',
    docs: [
      'A link without text shows nothing to click (screen readers read its address instead); a link whose address is',
      'empty, "#" or a placeholder goes nowhere. Images without a description (alt text) are reported as info: people',
      'using screen readers hear nothing about them. Reference-style links ([text][label], [label][], [label]) take',
      'their address from a definition anywhere in the file ([label]: https://…), labels matched as CommonMark does',
      '(case and spacing ignored); one whose label no definition has is reported. A linked image ([![alt](img)](url))',
      'has its image to click.',
    ].join('\n'),
  },
  check(document) {
    const reports: Report[] = [];
    for (const link of document.links) {
      const url = link.url.trim();
      if (link.image) {
        if (link.text.trim() === '') {
          reports.push({ message: 'This image has no description (alt text) for people using screen readers: write one between the brackets, ![like this](…).', start: link.start, end: link.end, severity: 'info' });
        }
        continue;
      }
      // A linked image ([![alt](img)](url)) is clicked on the image; its alt text is the link's text.
      const linkedImage = document.links.some((inner) => inner.image && link.start < inner.start && inner.end <= link.end);
      if (link.text.trim() === '' && !linkedImage) {
        reports.push({ message: 'This link has no text, so there is nothing to click: write the text between the brackets, [like this](…).', start: link.start, end: link.end });
      } else if (link.reference !== undefined && url === '') {
        reports.push({
          message: `The link ${quote(link.text)} refers to [${link.reference}], but no line of the file defines that address: add one, [${link.reference}]: https://…`,
          start: link.start,
          end: link.end,
        });
      } else if (NOWHERE.test(url) || PLACEHOLDER.test(url)) {
        const what = url === '' ? 'has no address' : `goes nowhere (${quote(url)})`;
        reports.push({ message: `The link ${quote(link.text)} ${what}: put the page or e-mail address it should open between the parentheses.`, start: link.start, end: link.end });
      }
    }
    return reports;
  },
};
