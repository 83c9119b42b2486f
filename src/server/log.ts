/**
 * The one logger: pino's JSON lines on standard output, with pino's own fields (`level` as a
 * number, `time` in milliseconds since the epoch, `msg`, `pid`, `hostname`), so that pino's tools
 * and log shippers read them as they are, and the fields that help find a cause: within a request,
 * its id (`reqId`) on every line of it. Every line of the service is such a line, start-up and
 * shutdown too. On a terminal (LOG_FORMAT=auto, the default) the same lines are written for a
 * person, by pino-pretty; LOG_FORMAT=json or pretty chooses either wherever the output goes.
 */
import pino, { DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { LogFormat } from '../config/config';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  (level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

/** Whether the lines are written for a person: `auto` asks whether standard output is a terminal. */
export function isPretty(format: LogFormat, output: { readonly isTTY?: boolean } = process.stdout): boolean {
  return format === 'pretty' || (format === 'auto' && output.isTTY === true);
}

/** Bytes of lines gathered before they are written: one write for a few dozen requests' lines. */
const LOG_BUFFER_BYTES = 4_096;
/** The longest a line waits in that buffer, so that a quiet service's lines still show at once. */
const LOG_FLUSH_MS = 250;

/**
 * JSON lines to `destination`: by default standard output, asynchronously and gathered, so that a
 * request's line is written after its answer rather than on its way. A synchronous write was 3% of
 * a small request's processor time, and a slow terminal held the answers up; an asynchronous write
 * a line was 13% (a write request and its callback for every line), gathered lines far less.
 * pino flushes what is pending when the process exits, however it exits (an exit code set, or
 * `process.exit`).
 */
export function jsonLogger(destination?: DestinationStream): Logger {
  if (destination !== undefined) return loggerOver(destination);
  const gathered = pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES });
  let pending = false;
  setInterval(() => {
    if (!pending) return;
    pending = false;
    // With a callback, a flush after the stream has closed (at exit) is reported to it, not thrown.
    gathered.flush(() => undefined);
  }, LOG_FLUSH_MS).unref();
  const log = loggerOver(gathered);
  return (level, message, fields) => {
    pending = true;
    log(level, message, fields);
  };
}

/** The fields of a request's line that its pretty line says in words (see `prettyMessage`). */
const REQUEST_FIELDS = ['reqId', 'method', 'path', 'operation', 'status', 'durationMs', 'errorCode'];

/**
 * A line as a person reads it: a request's in one line (method, path, status, time, operation,
 * error code), any line of a request ending with the request's id; other fields (a failure's
 * cause) follow below it, as pino-pretty prints them.
 */
export function prettyMessage(line: Record<string, unknown>): string {
  const id = typeof line.reqId === 'string' ? ` [${line.reqId}]` : '';
  if (line.msg !== 'request') return `${String(line.msg)}${id}`;
  const code = typeof line.errorCode === 'string' ? ` ${line.errorCode}` : '';
  return `${String(line.method)} ${String(line.path)} ${String(line.status)} in ${String(line.durationMs)} ms: ${String(line.operation)}${code}${id}`;
}

/** The logger of the configured format, on standard output. */
export function createLogger(format: LogFormat): Logger {
  if (!isPretty(format)) return jsonLogger();
  return loggerOver(
    pretty({
      destination: 1,
      colorize: process.stdout.isTTY === true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: ['pid', 'hostname', ...REQUEST_FIELDS].join(','),
      messageFormat: (line) => prettyMessage(line),
    }),
  );
}

function loggerOver(destination: DestinationStream): Logger {
  const logger = pino({}, destination);
  return (level, message, fields = {}) => logger[level](fields, message);
}
