import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { EnglishVariant } from '../lint/spelling/variant.js';
import type { GrammarFinding } from '../lint/types.js';
import { loadGrammarChecker } from './grammar.js';

/** What grammar-thread.ts hands this worker: a port for requests, a counter it raises on each reply. */
export interface GrammarWorkerData {
  port: MessagePort;
  replies: Int32Array;
  variant: EnglishVariant;
  checks: readonly string[];
}

/** A text to check. */
export interface GrammarWorkerRequest {
  text: string;
}

/** One reply per request, in order: a text's findings, or why harper could not be loaded. */
export type GrammarWorkerReply = { text: string; findings: GrammarFinding[] } | { error: string };

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
      reply('error' in state ? { error: state.error } : { text: request.text, findings: state.checker.check(request.text) });
    });
  });
}
