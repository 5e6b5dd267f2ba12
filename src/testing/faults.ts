// Faults on cue: what the mock does instead of (or to) its next answers for an operation.

/**
 * One misbehaviour. Alone, `delayMs` stalls and then answers normally; `status` answers that status (with
 * `headers`, such as `Retry-After`, and `body`) instead of the operation; `reset` drops the connection with no
 * answer; `truncate` sends the headers and half the body, then drops the connection. `afterApply` lets the operation
 * run first (a write is applied) and then spoils its answer: the server did the work, the client never hears of it.
 */
export interface Fault {
  status?: number;
  headers?: Readonly<Record<string, string>>;
  body?: unknown;
  delayMs?: number;
  reset?: boolean;
  truncate?: boolean;
  afterApply?: boolean;
}

/** Per-operation queues of faults, taken one per request in the order they were queued. `*` is any operation. */
export function createFaultQueue() {
  const queues = new Map<string, Fault[]>();
  return {
    push(operationId: string, faults: readonly Fault[]): void {
      const queue = queues.get(operationId) ?? [];
      queue.push(...faults);
      queues.set(operationId, queue);
    },
    /** The next fault for this operation, if any was queued. */
    take(operationId: string | undefined): Fault | undefined {
      return (operationId !== undefined ? queues.get(operationId)?.shift() : undefined) ?? queues.get("*")?.shift();
    },
    /** How many faults are still waiting, across operations. */
    get pending(): number {
      let count = 0;
      for (const queue of queues.values()) count += queue.length;
      return count;
    },
    clear(): void {
      queues.clear();
    },
  };
}
