/** Long-running commands (`serve`, `proxy`) stop on the first SIGINT or SIGTERM. */

/** Resolves on the first SIGINT or SIGTERM (and stops listening for them). */
export const untilSignal = (): Promise<void> =>
  new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
