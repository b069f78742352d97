/** One undo action of a check script: what it undoes (for the log) and how. */
export interface Cleanup {
  what: string;
  run: () => Promise<void> | void;
}

/**
 * Undo actions run last-in first-out, once: at the end, on failure and on Ctrl-C (a second call
 * waits for the first). A failing action is logged with `say` and the rest still run.
 */
export function cleanupStack(say: (line: string) => void): {
  cleanups: Cleanup[];
  cleanUp: () => Promise<void>;
} {
  const cleanups: Cleanup[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = (): Promise<void> => {
    cleaning ??= (async () => {
      while (cleanups.length > 0) {
        const c = cleanups.pop()!;
        try {
          await c.run();
        } catch (err) {
          say(`cleanup: ${c.what}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    })();
    return cleaning;
  };
  return { cleanups, cleanUp };
}
