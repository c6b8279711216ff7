/**
 * The export part of the application API: one operation, exportPosting.
 * PostingDeskApi extends this interface. Types and constants only: the
 * renderer imports it (the text formats it can also make itself, in the
 * window, with postings/export; PDF needs the host).
 */
import type { ApiResult } from './api.js';

export type ExportFormat = 'md' | 'html' | 'html-page' | 'text' | 'jsonld' | 'pdf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'html-page', 'text', 'jsonld', 'pdf'];

export interface ExportPostingArgs {
  /** Repository-relative path of the posting. */
  path: string;
  /** The text to export (the editor's, saved or not); the file on disk when absent. */
  text?: string;
  format: ExportFormat;
  /** For 'pdf' and 'html-page': the paper; the repository's setting (or its language's) when absent. */
  paper?: 'A4' | 'Letter';
  /** For 'md': keep the front matter at the top. */
  keepFrontMatter?: boolean;
}

export interface ExportedPosting {
  /** A file name for the export, after the posting ("senior-backend-engineer.pdf"). */
  fileName: string;
  mediaType: string;
  /** 'base64' for PDF, text otherwise. */
  encoding: 'utf-8' | 'base64';
  content: string;
  /** The paper a PDF or page was laid out for. */
  paper?: 'A4' | 'Letter';
}

export interface ExportApi {
  /** The posting in one export format, from the same rendering as the preview. */
  exportPosting(args: ExportPostingArgs): Promise<ApiResult<ExportedPosting>>;
}

export const EXPORT_OPERATIONS = ['exportPosting'] as const satisfies readonly (keyof ExportApi)[];
