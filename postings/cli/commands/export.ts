/**
 * posting-desk export <file>... --to md|html|pdf|text|jsonld [-o OUT]
 *
 * One file: -o names the output file; without it the output goes to
 * standard output (a PDF, which a terminal cannot show, goes to
 * <name>.pdf in the current folder). Several files: -o names a folder
 * (the current one when left out) and each output is named after its
 * posting, with progress on standard error. A file that cannot be read is
 * reported and the others are still exported; the exit code is then 2.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { decodePosting } from '../../file/decode.js';
import { exportText, parsePaper, printOptions, type PaperSize, type TextExportFormat } from '../../export/index.js';
import { writeFileAtomic } from '../../repo/atomic-write.js';
import { contextForFile, exportBaseName, exportSetupForFile, postingIdentifier } from '../../print/export-context.js';
import { ChromiumNotFound } from '../../print/find-chromium.js';
import { localImageInliner } from '../../print/local-images.js';
import type { PdfPrinter } from '../../print/pdf-printer.js';
import { parseArgs, single, UsageError } from '../args.js';
import { reportFailure } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type CommandIO } from '../io.js';
import { USAGE } from '../usage.js';

type CliFormat = 'md' | 'html' | 'pdf' | 'text' | 'jsonld';

const FORMATS: readonly CliFormat[] = ['md', 'html', 'pdf', 'text', 'jsonld'];
const EXTENSIONS: Record<CliFormat, string> = { md: 'md', html: 'html', pdf: 'pdf', text: 'txt', jsonld: 'jsonld' };

interface Options {
  format: CliFormat;
  /** --standalone: a whole HTML page with the print stylesheet instead of the fragment. */
  standalone: boolean;
  keepFrontMatter: boolean;
  paper?: PaperSize;
}

export async function exportCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['to', 'output', 'paper'], ['standalone', 'front-matter'], { o: 'output', t: 'to' });
  const to = single(args, 'to');
  if (to === undefined) throw new UsageError(`export needs --to: ${USAGE.export}`);
  const format = FORMATS.find((name) => name === to.toLowerCase() || (name === 'md' && to.toLowerCase() === 'markdown') || (name === 'text' && to.toLowerCase() === 'txt'));
  if (!format) throw new UsageError(`--to must be one of ${FORMATS.join(', ')}, not “${to}”`);
  const files = args.positionals;
  if (files.length === 0) throw new UsageError(`export needs at least one file: ${USAGE.export}`);
  const paperText = single(args, 'paper');
  const paper = paperText === undefined ? undefined : parsePaper(paperText);
  if (paperText !== undefined && paper === undefined) throw new UsageError(`--paper must be A4 or Letter, not “${paperText}”`);
  if (args.flags.has('standalone') && format !== 'html') throw new UsageError('--standalone is for --to html');
  if (args.flags.has('front-matter') && format !== 'md') throw new UsageError('--front-matter is for --to md');
  const options: Options = { format, standalone: args.flags.has('standalone'), keepFrontMatter: args.flags.has('front-matter'), ...(paper ? { paper } : {}) };
  const output = single(args, 'output');
  const exporter = new Exporter(options);
  try {
    return files.length === 1 ? await exportOne(exporter, files[0] as string, output, io) : await exportMany(exporter, files, output, io);
  } finally {
    await exporter.close();
  }
}

async function exportOne(exporter: Exporter, file: string, output: string | undefined, io: CommandIO): Promise<number> {
  const source = resolve(io.cwd, file);
  let content: string | Uint8Array;
  try {
    content = await exporter.export(source);
  } catch (error) {
    return reportExportFailure(io, error, file);
  }
  if (output === undefined && typeof content === 'string') {
    io.out(content);
    return EXIT_OK;
  }
  const target = output === undefined ? join(io.cwd, `${exportBaseName(source)}.pdf`) : resolve(io.cwd, output);
  try {
    await writeOutput(target, content);
  } catch (error) {
    return reportFailure(io, error, relative(io.cwd, target) || target);
  }
  if (output === undefined) io.err(`posting-desk: wrote ${relative(io.cwd, target)}\n`);
  return EXIT_OK;
}

async function exportMany(exporter: Exporter, files: readonly string[], output: string | undefined, io: CommandIO): Promise<number> {
  const folder = resolve(io.cwd, output ?? '.');
  try {
    if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() === false) {
      throw new UsageError(`With several files, -o names a folder, and ${output} is a file`);
    }
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    return reportFailure(io, error, output);
  }
  const used = new Set<string>();
  let failed = 0;
  for (const [index, file] of files.entries()) {
    const source = resolve(io.cwd, file);
    const target = join(folder, uniqueName(exportBaseName(source), EXTENSIONS[exporter.options.format], used));
    try {
      await writeOutput(target, await exporter.export(source));
      io.err(`[${index + 1}/${files.length}] ${file} → ${relative(io.cwd, target)}\n`);
    } catch (error) {
      failed += 1;
      reportExportFailure(io, error, file);
      // Without a Chromium no other PDF can be printed either.
      if (error instanceof ChromiumNotFound) return EXIT_FAILURE;
    }
  }
  if (failed > 0) io.err(`posting-desk: ${failed} of ${files.length} files could not be exported\n`);
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

function reportExportFailure(io: CommandIO, error: unknown, file: string): number {
  if (error instanceof ChromiumNotFound) {
    io.err(`posting-desk: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  return reportFailure(io, error, file);
}

/** "backend-engineer.md", then "backend-engineer-2.md" for a second posting of the same name. */
function uniqueName(base: string, extension: string, used: Set<string>): string {
  let name = `${base}.${extension}`;
  for (let count = 2; used.has(name.toLowerCase()); count += 1) name = `${base}-${count}.${extension}`;
  used.add(name.toLowerCase());
  return name;
}

/** Written to a temporary file beside the target first, so a failed export leaves no half-written file. */
async function writeOutput(target: string, content: string | Uint8Array): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  await writeFileAtomic(target, typeof content === 'string' ? new TextEncoder().encode(content) : content);
}

/** Exports files one by one, starting Chromium once, for the first PDF. */
class Exporter {
  private printer: Promise<PdfPrinter> | undefined;

  constructor(readonly options: Options) {}

  async export(file: string): Promise<string | Uint8Array> {
    const text = decodePosting(readFileSync(file));
    const setup = exportSetupForFile(file);
    const identifier = postingIdentifier(setup.root, file);
    const jobPosting = identifier === undefined ? {} : { identifier };
    if (this.options.format === 'pdf') {
      const { printPosting } = await import('../../print/print-posting.js');
      const images = localImageInliner(file, setup.root);
      const result = await printPosting(await this.startPrinter(), text, contextForFile(setup, file), { paper: this.options.paper ?? setup.paper, jobPosting, images });
      return result.pdf;
    }
    const format: TextExportFormat = this.options.format === 'html' && this.options.standalone ? 'html-page' : this.options.format;
    const paper = this.options.paper ?? setup.paper;
    const page = format === 'html-page' ? { fontCss: (await import('../../print/fonts.js')).documentFontCss(`${text}${setup.context.company ?? ''}`), print: printOptions(paper) } : {};
    const images = localImageInliner(file, setup.root);
    return exportText(text, format, contextForFile(setup, file), { markdown: { keepFrontMatter: this.options.keepFrontMatter }, jobPosting, page, images }).content;
  }

  private startPrinter(): Promise<PdfPrinter> {
    this.printer ??= import('../../print/pdf-printer.js').then(({ PdfPrinter }) => PdfPrinter.launch());
    return this.printer;
  }

  async close(): Promise<void> {
    const printer = await this.printer?.catch(() => undefined);
    await printer?.close();
  }
}
