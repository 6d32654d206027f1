/// <reference lib="webworker" />
import { readConfig } from './readConfig';

/** Reads a large pasted config.json away from the page's thread, so typing never stalls. */
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(readConfig(event.data));
};
