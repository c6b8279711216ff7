import { describe } from 'vitest';
import { expectCrunchDiagnostics } from '../../test-support/careers-crunch.js';
import { clarityRules } from './index.js';

/**
 * The clarity rules on the 34 published, proofread postings of the
 * careers-crunch site. Every diagnostic is listed, so that any change in
 * what the rules say about real postings shows up here and gets a review.
 *
 * Review (8 heading-title and 1 repeated-words warnings; trailing-
 * whitespace notes on 5 postings and 18 raw-html infos):
 * - heading-title on 8 postings that use level-1 headings (#) for their
 *   sections, competing with the page title: one warning per posting, at
 *   its first "#" heading. Right.
 * - repeated-words on backend-engineer line 24: "Develop and and maintain",
 *   a real slip in a proofread posting.
 * - trailing-whitespace (info): real trailing spaces, none of them a
 *   Markdown line break (each is followed by a blank line, a list item or
 *   the end of a paragraph): one note per posting, at the first of them,
 *   whose fix removes them all.
 * - raw-html (info): the "Apply now" buttons that navigate through
 *   onclick; they work on the live site (which publishes raw HTML) but do
 *   nothing in the preview and exports; the suggestion turns each into a
 *   link styled the same. Commented-out buttons ("[//]: # (...)") are not
 *   reported.
 * - a-an and empty-link: nothing, and nothing missed by a look through the
 *   postings' "a"/"an" pairs.
 */
const EXPECTED: Record<string, string[]> = {
  'account-executive.md': ['43:1 info raw-html'],
  'backend-engineer.md': ['24:12 warning repeated-words'],
  'business-development-representative.md': ['40:1 info raw-html'],
  'customer-success-manager.md': ['58:1 info raw-html'],
  'customer-support-analyst.md': ['62:1 info raw-html'],
  'data-visualization-specialist.md': ['43:1 info raw-html'],
  'database-engineer.md': [],
  'director-professional-services.md': ['68:1 info raw-html'],
  'front-end-director.md': [],
  'frontend-technical-lead.md': ['13:372 info trailing-whitespace', '19:1 warning heading-title'],
  'javascript-engineer.md': ['17:1 warning heading-title'],
  'marketing-manager.md': [],
  'part-time-junior-designer.md': [],
  'product-manager.md': ['49:1 info raw-html'],
  'python-api-developer.md': ['13:1 warning heading-title'],
  'python-engineer-old.md': ['13:1 warning heading-title'],
  'python-engineer.md': ['61:1 info raw-html'],
  'r-r-shiny-developer.md': ['21:583 info trailing-whitespace', '44:1 info raw-html'],
  'r-shiny-developer.md': ['45:1 info raw-html'],
  'react-developer-d3.md': ['59:1 info raw-html'],
  'react-developer.md': ['66:1 info raw-html'],
  'sales-development-representative.md': ['38:1 info raw-html'],
  'sdet.md': ['15:59 info trailing-whitespace', '25:1 warning heading-title'],
  'senior-db-programmer.md': ['53:1 info raw-html'],
  'senior-r-developer.md': ['13:848 info trailing-whitespace', '15:1 warning heading-title'],
  'senior-software-engineer-python-data-platform.md': ['68:1 info raw-html'],
  'site-reliability-engineer.md': [],
  'software-engineer-python-data-platform.md': ['65:1 info raw-html'],
  'software-project-manager-crunchdb.md': ['69:1 info raw-html'],
  'software-project-manager.md': ['70:1 info raw-html'],
  'support-developer.md': [],
  'team-lead-operations.md': ['22:1 warning heading-title'],
  'technical-writer.md': ['19:1 warning heading-title'],
  'ux-developer.md': [],
};

describe('clarity rules on the careers-crunch postings', () => {
  expectCrunchDiagnostics(clarityRules, EXPECTED);
});
