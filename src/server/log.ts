/**
 * The one logger: JSON lines through pino on standard error, each with a time, a level, a message
 * and the fields that help find the cause (the request id above all). Every request gets one line
 * (see request-log.ts); with LOG_FORMAT=json the start-up and shutdown lines are such lines too,
 * and otherwise they stay the short `actorgraph: ...` lines a person reads on standard output.
 */
import pino, { DestinationStream } from 'pino';
import { LogFormat } from '../config/config';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  (level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

/** A logger writing to `destination` (standard error by default, synchronously, so no line is lost at exit). */
export function jsonLogger(destination: DestinationStream = pino.destination({ dest: 2, sync: true })): Logger {
  const logger = pino(
    {
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return (level, message, fields = {}) => logger[level](fields, message);
}

/** The start-up and shutdown lines of `main`, in the configured format. */
export function lineLogger(format: LogFormat, logger: Logger, writeHuman: (text: string) => void = (text) => process.stdout.write(text)): (line: string) => void {
  if (format === 'json') return (line) => logger('info', line);
  return (line) => writeHuman(`actorgraph: ${line}\n`);
}
