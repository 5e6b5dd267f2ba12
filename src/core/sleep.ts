// A wait that an AbortSignal ends early (rejecting with its reason), for any length: setTimeout fires at once for a
// delay above 2^31-1 ms, so longer waits are chained.

export const MAX_TIMER_MS = 2 ** 31 - 1;

export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const arm = (left: number) => {
      timer = setTimeout(() => {
        if (left > MAX_TIMER_MS) return arm(left - MAX_TIMER_MS);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, Math.min(left, MAX_TIMER_MS));
    };
    arm(ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
