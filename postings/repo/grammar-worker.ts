import { readFileSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { decodePosting } from '../file/decode.js';
import { createLintDocument } from '../lint/document.js';
import { grammarText } from '../lint/rules/grammar/grammar-text.js';
import type { EnglishVariant } from '../lint/spelling/variant.js';
import type { GrammarChecker, GrammarFinding } from '../lint/types.js';
import { loadGrammarChecker } from './grammar.js';

/** What grammar-thread.ts hands this worker: a port for requests, a counter it raises on each reply. */
export interface GrammarWorkerData {
  port: MessagePort;
  replies: Int32Array;
  variant: EnglishVariant;
  checks: readonly string[];
}

/** Check a text now, or read a posting and check its grammar text ahead of its lint. */
export type GrammarWorkerRequest = { text: string } | { file: string; path?: string };

/** One reply per request, in order: a text's findings, nothing (an unreadable posting), or why harper could not be loaded. */
export type GrammarWorkerReply = { text: string; findings: GrammarFinding[] } | { skipped: true } | { error: string };

if (parentPort !== null) {
  const { port, replies, variant, checks } = workerData as GrammarWorkerData;
  const reply = (message: GrammarWorkerReply): void => {
    port.postMessage(message);
    Atomics.add(replies, 0, 1);
    Atomics.notify(replies, 0);
  };
  // Requests that arrive while harper is built wait in the port's queue.
  const loaded = loadGrammarChecker(variant, checks).then(
    (checker) => ({ checker }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  port.on('message', (request: GrammarWorkerRequest) => {
    void loaded.then((state) => {
      if ('error' in state) reply({ error: state.error });
      else reply(answer(state.checker, request));
    });
  });
}

function answer(checker: GrammarChecker, request: GrammarWorkerRequest): GrammarWorkerReply {
  if ('text' in request) return { text: request.text, findings: checker.check(request.text) };
  let text: string;
  try {
    // As the lint command reads it; a posting it cannot read gets no grammar lint there either.
    text = grammarText(createLintDocument(decodePosting(readFileSync(request.file)), request.path === undefined ? {} : { path: request.path }));
  } catch {
    return { skipped: true };
  }
  return { text, findings: checker.check(text) };
}
