// What the client says about itself: one logger, levels off < error < warn < info < debug. Every line passes
// through `redact`, so the key never reaches a log, whatever a server echoed.

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything console-shaped. */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

export interface Log {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  /** Whether debug lines are written: the transport times attempts only then. */
  readonly debugging: boolean;
}

const silent = () => {};

export function createLog(level: LogLevel, logger: Logger, redact: (text: string) => string): Log {
  const rank = LOG_LEVELS.indexOf(level);
  const at = (min: LogLevel, write: (message: string) => void) =>
    rank >= LOG_LEVELS.indexOf(min) ? (message: string) => write.call(logger, `blooio-v4: ${redact(message)}`) : silent;
  return {
    error: at("error", logger.error),
    warn: at("warn", logger.warn),
    info: at("info", logger.info),
    debug: at("debug", logger.debug),
    debugging: rank >= LOG_LEVELS.indexOf("debug"),
  };
}
