/** The argument validator of exportPosting, spread into API_VALIDATORS. Pure: the renderer may import it. */
import type { ApiResult } from './api.js';
import { MAX_TEXT_LENGTH } from './argument-checks.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportPostingArgs } from './export-posting-api.js';

const ALLOWED = ['path', 'text', 'format', 'paper', 'keepFrontMatter'];

function problem(message: string): { ok: false; error: { code: 'invalid-argument'; message: string } } {
  return { ok: false, error: { code: 'invalid-argument', message } };
}

export function validateExportPosting(input: unknown): ApiResult<ExportPostingArgs> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return problem('The argument must be an object of named values');
  const args = input as Record<string, unknown>;
  const unknown = Object.keys(args).find((key) => !ALLOWED.includes(key));
  if (unknown !== undefined) return problem(`Unknown argument “${unknown}” (allowed: ${ALLOWED.join(', ')})`);
  const { path, text, format, paper, keepFrontMatter } = args;
  if (typeof path !== 'string' || path.trim() === '') return problem('“path” must name the posting');
  if (path.length > 1024 || path.includes('\0')) return problem('“path” is not a file name');
  if (text !== undefined && typeof text !== 'string') return problem('“text” must be text');
  if (typeof text === 'string' && text.length > MAX_TEXT_LENGTH) return problem('“text” is too long');
  if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format as ExportFormat)) return problem(`“format” must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (paper !== undefined && paper !== 'A4' && paper !== 'Letter') return problem('“paper” must be "A4" or "Letter"');
  if (keepFrontMatter !== undefined && typeof keepFrontMatter !== 'boolean') return problem('“keepFrontMatter” must be true or false');
  return {
    ok: true,
    value: {
      path,
      format: format as ExportFormat,
      ...(text === undefined ? {} : { text: text as string }),
      ...(paper === undefined ? {} : { paper: paper as 'A4' | 'Letter' }),
      ...(keepFrontMatter === undefined ? {} : { keepFrontMatter: keepFrontMatter as boolean }),
    },
  };
}

export const EXPORT_VALIDATORS = { exportPosting: validateExportPosting } as const;
