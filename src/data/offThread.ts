// The size past which input is read in a Web Worker rather than on the main thread.

/**
 * Past this many characters (or bytes) a text, file or stored import is read off the main thread: every reader looks
 * at it, and a 190 kB CSV 5,000 columns wide takes seconds; under it a read fits within a frame or two, and a worker's
 * start-up (about 50 ms) would cost more than it saves.
 */
export const OFF_THREAD_SIZE = 20_000;
