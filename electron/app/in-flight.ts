/**
 * Calls that are still running, so a window close or quit can wait for
 * writes to finish before the case file is closed (Signal does the same).
 */
export interface InFlight {
  track: <T>(work: Promise<T>) => Promise<T>;
  readonly count: number;
  /** Resolves once nothing is running (now, if nothing is). */
  drain: () => Promise<void>;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      running.add(work);
      const forget = () => running.delete(work);
      work.then(forget, forget);
      return work;
    },
    get count() {
      return running.size;
    },
    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
