import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { KEPT_HARPER_CHECKS } from '../lint/rules/grammar/index.js';
import type { EnglishVariant } from '../lint/spelling/variant.js';
import type { GrammarChecker, GrammarFinding } from '../lint/types.js';
import { loadGrammarChecker } from './grammar.js';
import type { GrammarWorkerData, GrammarWorkerReply, GrammarWorkerRequest } from './grammar-worker.js';

/** A grammar checker that can be told the texts it will be asked about, to check them ahead. */
export interface PrefetchingGrammarChecker extends GrammarChecker {
  prefetch(text: string): void;
}

// Building harper takes seconds; a lint that waits longer than this for one reply means the worker died.
const REPLY_TIMEOUT_MS = 120_000;

/**
 * A grammar checker whose harper lives in a worker thread, started at once:
 * harper's linter is built (seconds of CPU) while this thread loads the
 * rules and dictionaries, and the worker then checks the prefetched texts
 * while this thread runs the other rules, on the other core. check() stays
 * synchronous, as rules need: it takes the reply for its text if the worker
 * has it, or asks and waits on a shared counter.
 * Run from TypeScript sources (tests), where no compiled worker exists, it is
 * the in-thread checker instead, which checks each text when asked.
 */
export async function startGrammarChecker(variant: EnglishVariant, checks: readonly string[] = KEPT_HARPER_CHECKS): Promise<PrefetchingGrammarChecker> {
  const script = new URL('./grammar-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    return { ...(await loadGrammarChecker(variant, checks)), prefetch: () => undefined };
  }
  const { port1, port2 } = new MessageChannel();
  const replies = new Int32Array(new SharedArrayBuffer(4));
  const workerData: GrammarWorkerData = { port: port2, replies, variant, checks };
  const worker = new Worker(script, { workerData, transferList: [port2] });
  // The command ends when its own work does; the worker never keeps it alive.
  worker.unref();
  port1.unref();
  let received = 0;
  // Every text asked about, with its findings once the worker has answered.
  const answers = new Map<string, GrammarFinding[] | undefined>();
  const prefetch = (text: string): void => {
    if (answers.has(text)) return;
    answers.set(text, undefined);
    const request: GrammarWorkerRequest = { text };
    port1.postMessage(request);
  };
  const drain = (): void => {
    for (let message = receiveMessageOnPort(port1); message !== undefined; message = receiveMessageOnPort(port1)) {
      received += 1;
      const reply = message.message as GrammarWorkerReply;
      if ('error' in reply) throw new Error(`The grammar checker (harper) could not be loaded: ${reply.error}`);
      answers.set(reply.text, reply.findings);
    }
  };
  return {
    prefetch,
    check(text: string) {
      for (;;) {
        drain();
        const found = answers.get(text);
        if (found !== undefined) return found;
        prefetch(text);
        if (Atomics.wait(replies, 0, received, REPLY_TIMEOUT_MS) === 'timed-out') throw new Error('The grammar checker (harper) did not answer; its worker thread may have stopped.');
      }
    },
  };
}
