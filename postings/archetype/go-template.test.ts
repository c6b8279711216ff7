import { describe, expect, it } from 'vitest';
import { evaluateTemplate, TemplateError, type TemplateData } from './go-template.js';
import { formatGoTime, RFC3339, type ZonedTime } from './go-time-format.js';

/** 2026-11-27 23:32:17 in Berlin (UTC+1), the moment Hugo's outputs below were recorded at. */
const NOW: ZonedTime = { epoch: Date.parse('2026-11-27T23:32:17+01:00'), offsetMinutes: 60 };
const clock = { now: () => NOW };

/** What Hugo passes an archetype for content/careers/some-post-name.md. */
const DATA: TemplateData = {
  Date: formatGoTime(NOW, RFC3339),
  Name: 'some-post-name',
  TranslationBaseName: 'some-post-name',
  Section: 'careers',
  Type: 'careers',
  File: { ContentBaseName: 'some-post-name', BaseFileName: 'some-post-name', TranslationBaseName: 'some-post-name', Ext: 'md', Dir: 'careers/' },
  Site: { Title: 'Careers at Kestrel Row', Params: {} },
};

const fill = (template: string, data: TemplateData = DATA): string => evaluateTemplate(template, data, clock);

describe('evaluateTemplate gives what Hugo 0.111 gives', () => {
  // Each expected value was printed by `hugo new` (TZ=Europe/Berlin) for the same action.
  it.each([
    ['{{ .Date }}', '2026-11-27T23:32:17+01:00'],
    ['{{ dateFormat ":date_long" .Date }}', 'November 27, 2026'],
    ['{{ dateFormat ":date_full" .Date }}', 'Friday, November 27, 2026'],
    ['{{ dateFormat ":date_medium" .Date }}', 'Nov 27, 2026'],
    ['{{ dateFormat ":date_short" .Date }}', '11/27/26'],
    ['{{ dateFormat ":time_short" .Date }}', '11:32 pm'],
    ['{{ dateFormat ":time_medium" .Date }}', '11:32:17 pm'],
    ['{{ .Date | time.Format "Jan 2006" }}', 'Nov 2026'],
    ['{{ now.Year }}', '2026'],
    ['{{ time.Now.Year }}', '2026'],
    ['{{ now.Unix }}', '1795818737'],
    ['{{ now.Format "2006-01-02" }}', '2026-11-27'],
    ['{{ .Name | humanize }}', 'Some post name'],
    ['{{ humanize "senior-dev_ops engineer" }}', 'Senior dev ops engineer'],
    ['{{ .Name | urlize }}', 'some-post-name'],
    ['{{ replace .Name "-" " " 1 }}', 'some post-name'],
    ['{{ replace .Name "-" " " | title }}', 'Some Post Name'],
    ['{{ replace .TranslationBaseName "-" " " | title }}', 'Some Post Name'],
    ['{{ replace .File.ContentBaseName "-" " " | title }}', 'Some Post Name'],
    ['{{ title (replace .Name "-" " ") }}', 'Some Post Name'],
    ['{{ upper .Name }}', 'SOME-POST-NAME'],
    ['{{ lower "ÄBC" }}', 'äbc'],
    ['{{ printf "%s-%d" .Name 5 }}', 'some-post-name-5'],
    ['{{ trim "--a-b--" "-" }}', 'a-b'],
    ['{{ .Section }}/{{ .Type }}/{{ .File.Dir }}', 'careers/careers/careers/'],
    ['{{ .Site.Title }}', 'Careers at Kestrel Row'],
  ])('%s → %s', (template, expected) => {
    expect(fill(template)).toBe(expected);
  });
});

describe('evaluateTemplate text handling', () => {
  it('fills the careers-crunch archetype', () => {
    const template = '+++\ndate = "{{ .Date }}"\ndraft = true\ntitle = "{{ replace .TranslationBaseName "-" " " | title }}"\n+++\n';
    expect(fill(template)).toBe('+++\ndate = "2026-11-27T23:32:17+01:00"\ndraft = true\ntitle = "Some Post Name"\n+++\n');
  });

  it('keeps text outside actions byte for byte, CRLF and all', () => {
    expect(fill('+++\r\ntitle = "{{ .Name }}"\r\n# {{/* a comment */}}kept\r\n+++\r\n')).toBe('+++\r\ntitle = "some-post-name"\r\n# kept\r\n+++\r\n');
  });

  it('trims white space around {{- and -}}', () => {
    expect(fill('a  \n {{- .Name -}} \n  b')).toBe('asome-post-nameb');
    expect(fill('a {{- /* gone */ -}} b')).toBe('ab');
  });

  it('does not trim for a minus that is part of a number', () => {
    expect(fill('a {{-3}} b')).toBe('a -3 b');
  });

  it('reads quotes and braces inside string literals', () => {
    expect(fill('{{ replace "a}}b" "}}" "-" }}')).toBe('a-b');
    expect(fill('{{ `raw "quoted"` }}')).toBe('raw "quoted"');
    expect(fill('{{ "say \\"hi\\"" }}')).toBe('say "hi"');
  });

  it('renders a missing field as nothing, as Hugo renders an empty field', () => {
    expect(fill('[{{ .File.Nothing }}]')).toBe('[]');
  });
});

describe('evaluateTemplate refuses what it cannot fill in, by name', () => {
  it.each([
    ['{{ if .Draft }}x{{ end }}', /“{{ if \.Draft }}”.*cannot fill in/],
    ['{{ range .Site.Pages }}x{{ end }}', /cannot fill in/],
    ['{{ $x := 1 }}', /cannot fill in/],
    ['{{ with .Name }}{{ . }}{{ end }}', /cannot fill in/],
    ['{{ partial "x.html" . }}', /function “partial”/],
    ['{{ .Name ', /without its closing “}}”/],
    ['{{ .Name | frobnicate }}', /function “frobnicate”/],
    ['{{ now.Weekday }}', /date method “Weekday”/],
    ['{{ (.Name }}', /not closed/],
  ])('%s', (template, message) => {
    expect(() => fill(template)).toThrow(TemplateError);
    expect(() => fill(template)).toThrow(message);
  });
});

describe('formatGoTime', () => {
  const time = (iso: string, offsetMinutes: number): ZonedTime => ({ epoch: Date.parse(iso), offsetMinutes });

  it.each([
    ['2006-01-02T15:04:05Z07:00', time('2026-03-05T07:08:09Z', 0), '2026-03-05T07:08:09Z'],
    ['2006-01-02T15:04:05Z07:00', time('2026-03-05T07:08:09-05:30', -330), '2026-03-05T07:08:09-05:30'],
    ['2006-01-02T15:04:05-0700', time('2026-03-05T07:08:09+02:00', 120), '2026-03-05T07:08:09+0200'],
    ['Mon Jan _2 15:04:05 2006', time('2026-03-05T07:08:09Z', 0), 'Thu Mar  5 07:08:09 2026'],
    ['Monday, January 2, 2006 3:04 PM', time('2026-03-05T19:08:09Z', 0), 'Thursday, March 5, 2026 7:08 PM'],
    ['02/01/06 03:04:05.000 pm', time('2026-12-31T00:00:00.045Z', 0), '31/12/26 12:00:00.045 am'],
    [':date_long', time('2026-01-01T00:30:00+01:00', 60), 'January 1, 2026'],
    // The moment is written in its own offset, not the machine's.
    ['2006-01-02', time('2026-01-01T00:30:00+01:00', 60), '2026-01-01'],
    ['2006-01-02', time('2026-01-01T00:30:00+01:00', 0), '2025-12-31'],
  ])('%s', (layout, value, expected) => {
    expect(formatGoTime(value, layout)).toBe(expected);
  });
});
