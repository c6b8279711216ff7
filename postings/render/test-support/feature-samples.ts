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
  'headings-symbols-and-unicode': "## Heading with emoji 🚀 and 'quotes'\n\n## C++ & C# / F#\n\n## 100% remote\n\n## _Snake_ **Bold**\n\n## Über Größe\n",
  'linkify-ports-and-punctuation': "Visit http://localhost:8080/x or https://example.com. Or https://example.com, or <https://example.com>.\n\nhttps://a.b/c?d=e&f=g#h and www.x.y/path_(x) and WWW.upper.com\n",
  'typographer-mixed-quotes': "He said \"it's 'fine'\" -- really. The '80s. 'Tis. rock'n'roll. 5'10\". Quote at end 'word'.\n",
  'typographer-across-lines': "- item with 'quote\n- next item' ends\n\n> \"quote\n> across lines\"\n",
  'breaks-and-rules': "Line one\\\nLine two  \nLine three\n\n***\n\n___\n\n- - -\n",
  'headings-setext-and-repeats': "Setext *em*\n===\n\n# Same\n# Same\n# Same {#same-1}\n# Same\n",
  'table-cells-typographer-linkify': "| a | b |\n|---|---|\n| 'x' | \"y\" |\n| www.t.com | t@e.com |\n",
  'linkify-emails': "Email me at first.last+tag@sub.example.co.uk or a_b@c.d-e.org. Not me@localhost or @handle.\n",
  'linkify-inside-emphasis': "*Emphasis with https://example.com/in-em*\n\n**www.bold.com**\n\n~~https://strike.com~~\n\n_https://under.com_\n",
  'typographer-in-links-and-alt': "[link with 'quotes' and -- dash](https://x.org \"title 'q'\")\n\n![img 'alt' -- x](a.png \"t 'q'\")\n",
  'lists-ordered-and-nested-tasks': "1. one\n1. two\n\n3) three\n4) four\n\n- [ ] task *em*\n  - [x] nested\n",
  'footnotes-order-and-quotes': "Foot[^a] note[^b].\n\n[^b]: B first def.\n[^a]: A def with **bold**.\n\n> quote[^a]\n",
  'typographer-not-in-code': "```\n'code' -- \"x\"\n```\n\n    indented 'code'\n\n`'inline'`\n",
  'raw-html-inline-and-details': "<kbd>Ctrl</kbd> and <span>x</span>\n\n<details><summary>S</summary>\n\nInner *md*\n\n</details>\n",
  'typographer-runs': "Ellipsis.... and ... and .. and -- and --- and ---- and <<<x>>>\n",
  'escapes': "A line with trailing backslash\\\n\nEscapes: \\' \\\" \\- \\. \\< \\>\n",
  'raw-html-blocks-and-markdown': "<div>\n*not md*\n</div>\n\n<div>\n\n*md inside*\n\n</div>\n\n<p align=\"center\">x</p>\n",
  'reference-definitions': "[a]: <https://x.org/a b> 'T'\n[B]: https://x.org/b\n\n[a] [b] [B][] [c]\n",
  'autolinks': "<jobs@crunch.io> <mailto:x@y.z> <https://x.org/?q=\"a\">\n",
  'code-in-lists': "- a\n\n    code in list\n\n- b\n  ```\n  fenced\n  ```\n",
  'links-in-a-posting': "Apply: [jobs@crunch.io](mailto:jobs@crunch.io) or https://crunch.io/jobs/?utm=1&x=2.\n",
  'typographer-pay-range': "Salary: $80,000--$100,000 per year... \"Remote\" -- 'hybrid' OK?\n",
  'headings-with-markup': "# Title\n## **Bold** heading\n### `code` heading\n#### Heading with [link](x)\n##### Heading #5 ##\n###### 6 {#six}\n",
  'raw-html-payloads': "Text<br>line\n\n<img src=\"https://x.org/a.png\" alt=\"a\">\n\n<script>alert(1)</script>\n\n<a href=\"https://x.org\" onclick=\"x()\">link</a>\n",
  'typographer-paragraphs': "Don't \"quote\" me; it's 'really' fine--or not---maybe...\n\nNew paragraph 'starts\n",
  'definition-list-in-a-list': '- list\n\n  Term3\n  : Def in list\n- b\n\n1. one\n\n2. two\n\n   Term\n   : Def\n',
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
