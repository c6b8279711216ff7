/**
 * Small Markdown samples, one Goldmark feature (or corner of one) each, that
 * the feature test builds with the real Hugo and compares with our fragment.
 */
export const FEATURE_SAMPLES: Readonly<Record<string, string>> = {
  'linkify-scheme-and-www': 'See https://crunch.io/jobs, www.crunch.io and ftp://files.example.com/a.txt.\n',
  'linkify-never-bare-domain': 'Crunch.io is hiring. Visit crunch.io or jobs.example.org today.\n',
  'linkify-trailing-punctuation': 'Apply at https://example.com/apply?id=3. Or (https://example.com/a_(b)) or https://example.com/x!\n',
  'linkify-email': 'Write to careers@crunch.io, or jobs@example.org.\n',
  'linkify-after-emphasis': '*https://example.com/em* and **www.example.com** and "https://example.com/q"\n',
  'linkify-after-entity-or-escape': 'Link: https:&#x2F;&#x2F;www.example.com and &amp;www.example.org and \\*www.example.net\n',
  'linkify-entity-tail': 'Go to https://example.com/?a=1&amp; now\n',
  'typographer-quotes': '"Quoted" and \'single\' text, it\'s the 90\'s and \'90s, rock \'n\' roll, the Smiths\' house.\n',
  'typographer-dashes': 'Dashes -- en, --- em, ... ellipsis, <<guillemets>>, and (c) (tm) (r) +- stay.\n',
  'typographer-nested': '"She said \'hi\' to me," he said. "Monitor 21"" here.\n',
  'typographer-open-quote-carries-over': "the 'guitar strings' vis\n\n#### H\n\nmarked with 'no data.'\n\nand \"open\n\n> closes\" later\n",
  'typographer-code': 'Code `"not" -- smart` stays, but "smart" -- yes.\n',
  'headings-github-ids': '# Hello, World!\n\n## Hello World\n\n## Hello World\n\n### Ünïcödé & `code` *em*\n\n## [Link](https://x.org) text\n\n#\n',
  'headings-duplicates-and-explicit': '## Intro\n\n## Intro {#intro-1}\n\n## Intro\n\nSetext\n======\n\nTwo lines\nof setext\n---------\n',
  'headings-braces': '# {{ page.title }}\n\n## {\n\n## a {b}\n\n## {#only-id}\n',
  'headings-attributes': '## Heading {#custom-id .red .big data-x="1"}\n\n## Closed ## {.note}\n\n## Not {attributes\n',
  'footnotes': 'Text with a note[^1] and another[^n] and again[^1].\n\n[^1]: The first note.\n[^n]: Second, with a [link](https://x.org).\n\n    Indented second paragraph.\n[^unused]: Never referenced.\n',
  'definition-list': 'Term\n: Definition one\n: Definition two\n\nLoose term\n\n: Loose definition\n\n  Second paragraph.\n',
  'task-list': '- [ ] open task\n- [x] done task\n- [X] also done\n- not a task\n- [ ]no space\n\n1. [x] ordered\n',
  'table-and-strikethrough': '| Left | Center | Right |\n|:-----|:------:|------:|\n| a | ~~b~~ | c |\n| `d\\|e` | **f** | |\n\n~single~ and ~~double~~\n',
  'raw-html-omitted': '<div class="apply">\n<button onclick="alert(1)">Apply</button>\n</div>\n\nInline <span style="color:red">red</span> text<br>end.\n\n<!-- a comment -->\n',
  'code-blocks': '```go\nfunc main() {}\n```\n\n```\nplain\n```\n\n    indented code\n\n~~~ {.python}\nweird info\n~~~\n',
  'links-and-images': '[ref link][ref] and ![alt *em* `code`](pic.png "Title") and <https://auto.link> and [bad](javascript:alert(1)).\n\n[ref]: https://example.com/ref "Ref title"\n',
  'emphasis-and-breaks': '**bold** _em_ ***both*** a*b*c snake_case_word\nline two  \nhard break\\\nbackslash break\n',
  'lists-and-quotes': '> quote with **bold**\n>\n> - list in quote\n\n1. one\n2. two\n\n   para in two\n3. three\n\n* a\n+ b\n',
  'entities-and-escapes': '&copy; &amp; &#35; &#x22; \\*not em\\* \\<not html>\n',
};

/** Samples for a site that turns on markup.goldmark.parser.attribute.block. */
export const BLOCK_ATTRIBUTE_SAMPLES: Readonly<Record<string, string>> = {
  'block-attributes': 'A paragraph.\n{.lead #intro}\n\nAnother.\n\n{.not-applied}\n\n- a\n- b\n{.list-class}\n\n> quote\n{.q}\n\n```go\ncode\n```\n{.no}\n\n| a |\n|---|\n| b |\n{.table}\n\n## Heading\n{.h}\n\nText {.inline} stays.\n',
  'block-attributes-values': 'Para\n{data-x="1" class="c"}\n\n{.first-line}\nnext\n',
};

/** Samples for a site that turns off markup.goldmark.parser.wrapStandAloneImageWithinParagraph. */
export const UNWRAPPED_IMAGE_SAMPLES: Readonly<Record<string, string>> = {
  'standalone-images': '![Alone](a.png)\n\n![With](b.png) text\n\n[![Linked](c.png)](https://x.org)\n\n> ![Quoted](d.png)\n\n- ![Listed](e.png)\n',
};
