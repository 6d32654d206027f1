import { readConfig, type ReadConfig } from './readConfig';

/** Below this a config.json reads in well under a millisecond: no worker needed. */
const WORKER_THRESHOLD_CHARS = 32 * 1024;

/**
 * Reads pasted text in a Web Worker when it is large, so a big file never freezes the page; small
 * text, and browsers (or test environments) without workers, read it here.
 */
export function readConfigOffThread(text: string): Promise<ReadConfig> {
  if (text.length < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(readConfig(text));
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./configWorker.ts', import.meta.url), { type: 'module' });
    const finish = (result: ReadConfig) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ReadConfig>) => finish(event.data);
    // A worker that cannot start (a strict host policy): read it here rather than not at all.
    worker.onerror = () => finish(readConfig(text));
    worker.postMessage(text);
  });
}
