// The `blooio` command run in process, as a user runs it: main(argv, io) with its output captured.
import { main } from "../../src/cli.js";

export type FakeIo = ReturnType<typeof fakeIo>;

/** Captured stdout and stderr; `env`, when given, is all of the environment the command sees (else process.env). */
export function fakeIo({ isTTY = false, env }: { isTTY?: boolean; env?: Record<string, string | undefined> } = {}) {
  const io = {
    out: "",
    err: "",
    stdout: { write: (text: string) => void (io.out += text) },
    stderr: { isTTY, write: (text: string) => void (io.err += text) },
    env,
  };
  return io;
}

/** `blooio ...argv`: its exit code and what it printed. */
export async function cli(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo(options);
  const code = await main(argv, io);
  return { code, stdout: io.out, stderr: io.err, io };
}
