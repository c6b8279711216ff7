/**
 * The application API between the UI and its host, declared once.
 *
 * Implemented by the handlers (postings/api/handlers.ts) and carried by two
 * transports: Electron IPC (channel `posting-desk:<operation>`) and `serve`'s
 * HTTP (POST /api/<operation>). Every argument and result is JSON-safe (no
 * bigint, Date, Map or undefined that matters); every method takes one
 * argument object and resolves to an ApiResult, never rejects.
 *
 * This file is types and constants only, importing types from the pure
 * folders: the renderer imports it.
 */
import type { GenderCoding } from '../lint/inclusive/gender-coding.js';
import type { EnglishDictionary, EnglishVariant } from '../lint/spelling/variant.js';
import type { Diagnostic, LintConfig } from '../lint/types.js';
import type { PrintOptions } from '../export/index.js';
import type { RenderedBlock, RenderSettings, SanitizeReport, ShortcodeUse } from '../render/index.js';
import { EXPORT_OPERATIONS, type ExportApi } from './export-posting-api.js';
import { FILES_OVER_TIME_OPERATIONS, type FilesOverTimeApi } from './files-over-time/api.js';

export type * from './export-posting-api.js';
export type * from './files-over-time/api.js';

// ---------------------------------------------------------------- results

export type ApiErrorCode =
  /** An argument is missing, of the wrong type, or not allowed (the message names it). */
  | 'invalid-argument'
  /** The file or folder does not exist. */
  | 'not-found'
  /** The path leaves the repository (`..`, absolute, or a symbolic link pointing out). */
  | 'outside-repository'
  /** The file is no posting: empty, binary, or without a details section. */
  | 'not-a-posting'
  /** The TOML details do not parse (line and column given). */
  | 'invalid-toml'
  /** YAML or JSON details that do not parse, or a details section never closed. */
  | 'invalid-front-matter'
  /** The file is not valid UTF-8 text. */
  | 'invalid-utf8'
  /** The details cannot be edited here (YAML or JSON details, broken TOML). */
  | 'not-editable'
  /** The edit would not read back as intended; nothing was written. */
  | 'verify-failed'
  /** The file changed on disk since the version the call was based on. */
  | 'conflict'
  /** The name is taken. */
  | 'exists'
  /** The site configuration or .posting-desk.toml cannot be read. */
  | 'invalid-config'
  /** Reading or writing failed (permissions, disk full, read-only file). */
  | 'io'
  /** The host cannot do this (no trash on this system, a part not built yet). */
  | 'unavailable'
  /** A bug: the message says what failed. */
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** One or two sentences for HR staff: what happened and what to do. */
  message: string;
  /** 1-based, in the whole file, where the problem is. */
  line?: number;
  column?: number;
  /** Repository-relative path the error concerns. */
  path?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---------------------------------------------------------------- values

/** A JSON value (what crosses the transports). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Arguments of an operation that needs none. */
export type NoArgs = Record<string, never>;

// ---------------------------------------------------------------- openRepository

export interface RepositoryInfo {
  /** The site's title, or the folder's name. */
  name: string;
  /** Absolute path of the repository, for display only: every other path is relative to it. */
  root: string;
  /** The content folder, repository-relative ("content"). */
  contentDir: string;
  /** The section holding postings ("careers", "jobs"). */
  section: string;
  /** The site configuration files read, repository-relative. */
  configFiles: string[];
  languageCode?: string;
  /** The dictionary spelling follows. */
  englishVariant: EnglishVariant;
  /** .posting-desk.toml as read. */
  settings: RepositorySettingsView;
  /** The site's markup settings the preview renders with (render's renderSettingsFromSite), JSON-safe. */
  render: RenderSettings;
  /** Problems with the configuration that did not stop opening it, for HR staff. */
  warnings: string[];
}

export type { EnglishDictionary, EnglishVariant, RenderedBlock, RenderSettings };

export interface RepositorySettingsView {
  section?: string;
  company?: string;
  jurisdiction?: string;
  words: string[];
  rules: Record<string, { enabled: boolean; severity?: 'error' | 'warning' | 'info' }>;
}

// ---------------------------------------------------------------- listPostings

export type PostingStatus = 'published' | 'draft' | 'scheduled' | 'expired';

export interface PostingSummary {
  /** Repository-relative, '/'-separated. */
  path: string;
  format?: 'toml' | 'yaml' | 'json';
  title?: string;
  /** Dates as written in the file. */
  date?: string;
  publishDate?: string;
  expiryDate?: string;
  /** As written; absent means the file does not say (not a draft). */
  draft?: boolean;
  weight?: number | string;
  status: PostingStatus;
  /**
   * Lint counts of the file on disk (severity "warning" and "error"); null
   * while not counted yet: a large repository is counted in the background
   * and a later listPostings call gives the rest.
   */
  warningCount: number | null;
  errorCount: number | null;
  /** Whether the details can be edited (TOML that parses). */
  editable: boolean;
  /** Why the file could not be read, when it could not (then it counts one error). */
  problem?: string;
  /** sha-256 hex of the file's bytes. */
  version?: string;
}

// ---------------------------------------------------------------- readPosting

export type DetailType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'datetime' | 'time' | 'array' | 'table';

export interface DetailField {
  /** Dotted key in TOML syntax ("title", "params.location", `params."pay range"`): what DetailEdit.key takes. */
  key: string;
  /** The key's parts, unquoted. */
  path: string[];
  type: DetailType;
  /**
   * JSON-safe value: dates and times as the text written in the file,
   * integers as numbers (as strings beyond 2^53), non-finite floats as
   * "Infinity"/"-Infinity"/"NaN", tables as objects, arrays as arrays.
   */
  value: JsonValue;
  /** For date, datetime and time: which kind TOML calls it. */
  dateKind?: 'offset-date-time' | 'local-date-time' | 'local-date' | 'local-time';
  /** The value in TOML syntax on one line (what `get` prints). */
  toml: string;
  /** The value's source text as written, where the file states it on its own (not inside an inline table). */
  raw?: string;
  /** 1-based position of the key in the file, where raw is given. */
  line?: number;
  column?: number;
}

export type FrontMatterFormat = 'toml' | 'yaml' | 'json' | 'none';

export interface PostingView {
  path: string;
  /** The whole file exactly as on disk, byte-order mark and CRLF included. */
  text: string;
  /** sha-256 hex of the file's bytes: pass it back as baseVersion. */
  version: string;
  /** Offset into text where the Markdown body starts. */
  bodyStart: number;
  format: FrontMatterFormat;
  /**
   * Every value that is not a non-empty table, with its dotted key, in the
   * order the details define them (a table's entries one by one; arrays and
   * empty tables whole). Empty when the details do not parse.
   */
  details: DetailField[];
  /** All details as one JSON object (what `get --json` prints). */
  values: { [key: string]: JsonValue };
  /** Whether the details can be edited through DetailEdit; the whole text can always be saved. */
  editable: true | { reason: string; code: ApiErrorCode };
  /** A details section that does not parse: the text opens so it can be fixed. */
  problem?: ApiError;
}

// ---------------------------------------------------------------- getLintSetup

/** What a Web Worker needs to lint without the host. */
export interface LintSetup {
  /** The lint configuration (JSON-safe already). */
  config: LintConfig;
  /** The repository's postings for the comparing rules; weights as numbers (strings beyond 2^53). */
  repository: { postings: { path: string; title?: string; weight?: number | string; draft?: boolean }[] };
  /** The Hunspell dictionaries of the site's variant of English, as text, in the order the speller consults them. */
  dictionaries: { variant: EnglishDictionary; aff: string; dic: string }[];
  englishVariant: EnglishVariant;
  /** ISO date (YYYY-MM-DD) lint counts as today. */
  today: string;
}

// ---------------------------------------------------------------- lintText

export interface ReadingLevel {
  /** Flesch–Kincaid grade of the body's prose (US school grade). */
  grade: number;
  /** Flesch reading ease, 0–100 (higher is easier). */
  ease: number;
  /** In words for HR staff ("Plain English", "Fairly difficult"). */
  label: string;
}

export interface LintResultView {
  /** Offsets of fixes and suggestions count in the text as given (byte-order mark included). */
  messages: Diagnostic[];
  genderCoding: GenderCoding;
  /** Words of the body's prose. */
  wordCount: number;
  /** At 238 words a minute, rounded up; 0 for an empty body. */
  readingMinutes: number;
  /** Absent when the body has too few sentences to measure. */
  readingLevel?: ReadingLevel;
}

// ---------------------------------------------------------------- renderText

export interface RenderView {
  /** The sanitized HTML fragment Hugo would publish for the body. */
  html: string;
  /** Its top-level blocks (their HTML joined is html); lines count in the whole text given, 1-based. */
  blocks: RenderedBlock[];
  /** Shortcodes shown as placeholders, in order met. */
  shortcodes: ShortcodeUse[];
  /** What sanitizing removed. */
  sanitized: SanitizeReport;
}

// ---------------------------------------------------------------- savePosting

/** One change to the details, written through the lossless editor. */
export type DetailEdit =
  /**
   * A JSON value. Its TOML type follows `type` when given, else the current
   * value's (a date stays a date of the same kind, a float stays a float),
   * else the JSON type (a whole number is an integer).
   */
  | { key: string; value: JsonValue; type?: DetailType }
  /** A TOML value as written (`2026-05-01`, `"text"`, `["a", "b"]`), as `set --field` takes it. */
  | { key: string; toml: string }
  /** Removes the key (its own lines only). */
  | { key: string; unset: true };

export interface SavePostingArgs {
  path: string;
  /** The version (PostingView.version) the change was made from. */
  baseVersion: string;
  /** The new whole text; when absent, the text on disk. */
  text?: string;
  /** Detail edits applied to that text, in order. */
  edits?: DetailEdit[];
}

export type SaveOutcome =
  | {
      status: 'saved';
      /** The version now on disk. */
      version: string;
      /** The text now on disk. */
      text: string;
      /** False when the text equalled what was on disk: nothing was written. */
      changed: boolean;
    }
  | {
      status: 'conflict';
      /** The text that would have been saved (edits applied when they could be). */
      mine: string;
      /** What is on disk now; exists is false when the file was deleted or moved. */
      theirs: { text: string; version: string; exists: boolean };
    };

// ---------------------------------------------------------------- the rest

export interface NewPostingArgs {
  title: string;
  /** Another content section than the repository's postings section. */
  section?: string;
  /** Create `<slug>/index.md` (a page bundle) instead of `<slug>.md`. */
  bundle?: boolean;
}

export interface CreatedPosting {
  path: string;
  /** The archetype it came from, repository-relative, or "built-in". */
  archetype: string;
}

export interface AddWordResult {
  /** The repository's word list after the call. */
  words: string[];
  /** False when the word was already there. */
  added: boolean;
}

export interface MovedPosting {
  /** The posting's path now. */
  path: string;
  /** False when the name already followed the title: nothing moved. */
  changed: boolean;
}

export interface DeletedPosting {
  path: string;
  /** Given by hosts whose trash can restore. */
  undoToken?: string;
}

// ---------------------------------------------------------------- the interface

/** Files over time (changes on disk, crash recovery, git status, Undo delete): engineer G's part, in files-over-time/api.ts. */
export interface PostingDeskApi extends FilesOverTimeApi, ExportApi {
  openRepository(args?: NoArgs): Promise<ApiResult<RepositoryInfo>>;
  /**
   * Hugo's order: weight (unset last), then date newest first, then title.
   * warningCounts: false skips linting (every count null).
   */
  listPostings(args?: { warningCounts?: boolean }): Promise<ApiResult<PostingSummary[]>>;
  readPosting(args: { path: string }): Promise<ApiResult<PostingView>>;
  getLintSetup(args?: NoArgs): Promise<ApiResult<LintSetup>>;
  /** path (optional) names the posting so repository rules leave it out of the comparison. */
  lintText(args: { path?: string; text: string }): Promise<ApiResult<LintResultView>>;
  renderText(args: { path?: string; text: string }): Promise<ApiResult<RenderView>>;
  /** A changed file on disk is a conflict outcome, never an overwrite. */
  savePosting(args: SavePostingArgs): Promise<ApiResult<SaveOutcome>>;
  newPosting(args: NewPostingArgs): Promise<ApiResult<CreatedPosting>>;
  addWord(args: { word: string }): Promise<ApiResult<AddWordResult>>;
  /** The file name follows the title's slug; a page bundle's folder moves whole; an existing name is refused. */
  renamePosting(args: { path: string; baseVersion: string }): Promise<ApiResult<MovedPosting>>;
  /** A draft copy, titled "… (copy)", under a fresh slug beside it (a page bundle is copied whole). */
  duplicatePosting(args: { path: string }): Promise<ApiResult<{ path: string }>>;
  /** Moves the posting (a bundle's whole folder) to the system trash. */
  deletePosting(args: { path: string; baseVersion: string }): Promise<ApiResult<DeletedPosting>>;
}

export type ApiOperation = keyof PostingDeskApi;

/** Every operation, for transports and their tests to check they cover exactly the interface. */
export const API_OPERATIONS = [
  'openRepository',
  'listPostings',
  'readPosting',
  'getLintSetup',
  'lintText',
  'renderText',
  'savePosting',
  'newPosting',
  'addWord',
  'renamePosting',
  'duplicatePosting',
  'deletePosting',
  ...FILES_OVER_TIME_OPERATIONS,
  ...EXPORT_OPERATIONS,
] as const satisfies readonly ApiOperation[];

/** The argument object of an operation. */
export type ApiArgs<K extends ApiOperation> = NonNullable<Parameters<PostingDeskApi[K]>[0]>;
/** The value of a successful result of an operation. */
export type ApiValue<K extends ApiOperation> = Awaited<ReturnType<PostingDeskApi[K]>> extends ApiResult<infer T> ? T : never;

// ---------------------------------------------------------------- host services

/** What a host gives the handlers that differs between Electron and serve. */
export interface HostServices {
  /**
   * Moves a file or folder (absolute path, inside the repository) to the
   * system trash: Electron's shell.trashItem, serve's trash package. Rejects
   * when it cannot; the handler reports that.
   */
  trash(absolutePath: string): Promise<{ undoToken?: string } | void>;
  /** The clock (tests fix it); defaults to the system's. */
  now?(): Date;
  /**
   * The user's own data folder, outside every repository (serve: the XDG data
   * folder; Electron: app.getPath('userData')). Crash recovery and the copies
   * that make Delete undoable live there; without it they are unavailable.
   */
  dataFolder?: string;
  /**
   * Prints a self-contained page to PDF with these options (Electron:
   * webContents.printToPDF in a window with JavaScript off); without it,
   * exportPosting starts headless Chromium.
   */
  printPdf?(page: string, options: PrintOptions): Promise<Uint8Array>;
}
