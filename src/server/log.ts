/**
 * Structured logs: one JSON object a line on standard error, with a time, a level, a message and
 * whatever fields help find the cause (the request id above all).
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  (level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  return (level, message, fields = {}) => write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}
