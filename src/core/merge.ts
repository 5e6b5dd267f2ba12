// Many async sequences read at once, their values yielded as they come: at most `concurrency` running, the next
// started when one ends. An error in one stops the rest (each is told to return) and is thrown.

export async function* merged<T>(starts: readonly (() => AsyncIterator<T>)[], concurrency: number): AsyncGenerator<T> {
  type Running = { iterator: AsyncIterator<T>; next: Promise<{ running: Running; result: IteratorResult<T> }> };
  const waiting = [...starts];
  const running = new Set<Running>();
  const advance = (entry: Running) => {
    entry.next = entry.iterator.next().then((result) => ({ running: entry, result }));
    // Marked handled now; the race below still sees the rejection.
    entry.next.catch(() => {});
  };
  const fill = () => {
    while (running.size < concurrency && waiting.length) {
      const entry = { iterator: waiting.shift()!() } as Running;
      running.add(entry);
      advance(entry);
    }
  };
  try {
    fill();
    while (running.size) {
      const { running: entry, result } = await Promise.race([...running].map((r) => r.next));
      if (result.done) {
        running.delete(entry);
        fill();
      } else {
        yield result.value;
        advance(entry);
      }
    }
  } finally {
    for (const entry of running) void entry.iterator.return?.(undefined)?.catch(() => {});
  }
}
