/**
 * One parser at one URL, spoken to in CoreNLP server's protocol: the text as the body of a POST,
 * the pipeline's properties in the query string, CoreNLP's JSON back. Works with the local
 * launcher and with a stock StanfordCoreNLPServer alike.
 *
 * Every failure becomes a ParserError with its code: nothing there (PARSER_UNAVAILABLE), the
 * process dying mid-text or a non-parse answer (PARSER_FAILED), too slow (PARSER_TIMEOUT), still
 * loading (PARSER_STARTING), full (PARSER_BUSY), the text refused (PARSER_INPUT_REFUSED). The
 * caller's abort is passed on as it is.
 *
 * Offsets: the text sent has the same UTF-16 length as the caller's, position for position (a lone
 * surrogate becomes U+FFFD, a control character a space), so CoreNLP's character offsets, counted
 * in Java chars, are offsets into the caller's text; `originalText` is then read from that text.
 */
import { ERROR_CODES } from '../errors/error-codes';
import { ParsedText, TextParser } from './parse.types';
import { ParserError } from './parser-error';

export interface CoreNlpClientOptions {
  readonly timeoutMs: number;
  readonly properties: Readonly<Record<string, string>>;
}

/** Error codes of Node's sockets that mean nothing listens at the address (the text was never read). */
const NOT_THERE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export class CoreNlpClient implements TextParser {
  private readonly endpoint: string;

  constructor(
    readonly url: string,
    private readonly options: CoreNlpClientOptions,
  ) {
    const query = new URLSearchParams({ properties: JSON.stringify(options.properties), timeout: String(options.timeoutMs) });
    this.endpoint = `${url}/?${query.toString()}`;
  }

  async parse(text: string, signal?: AbortSignal): Promise<ParsedText> {
    signal?.throwIfAborted();
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    const combined = signal === undefined ? deadline : AbortSignal.any([signal, deadline]);
    let body: string;
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: sendableText(text),
        signal: combined,
      });
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw this.failure(error, deadline.aborted);
    }
    if (!response.ok) throw this.refusal(response, body);
    return this.parsed(text, body, response.headers);
  }

  private parsed(text: string, body: string, headers: Headers): ParsedText {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new ParserError(ERROR_CODES.PARSER_FAILED, `the parser at ${this.url} answered something that is not JSON: '${body.slice(0, 120)}'`);
    }
    const sentences = (json as { sentences?: unknown }).sentences;
    if (!Array.isArray(sentences)) {
      throw new ParserError(ERROR_CODES.PARSER_FAILED, `the parser at ${this.url} answered JSON without a "sentences" array: '${body.slice(0, 120)}'`);
    }
    for (const sentence of sentences as { tokens?: { characterOffsetBegin: number; characterOffsetEnd: number; originalText: string }[] }[]) {
      for (const token of sentence.tokens ?? []) token.originalText = text.slice(token.characterOffsetBegin, token.characterOffsetEnd);
    }
    const failed = headers.get('x-parser-failed-sentences');
    return {
      ...(json as ParsedText),
      ...(failed ? { failedSentences: failed.split(',').map(Number) } : {}),
      ...(headers.get('x-parser-coref') === 'failed' ? { corefFailed: true } : {}),
    };
  }

  private failure(error: unknown, timedOut: boolean): ParserError {
    if (timedOut) {
      return new ParserError(ERROR_CODES.PARSER_TIMEOUT, `the parser at ${this.url} did not answer within PARSER_TIMEOUT_MS (${this.options.timeoutMs} ms)`, { cause: error });
    }
    const code = socketErrorCode(error);
    if (code !== undefined && NOT_THERE.has(code)) {
      return new ParserError(ERROR_CODES.PARSER_UNAVAILABLE, `no parser answers at ${this.url} (${code})`, { cause: error });
    }
    return new ParserError(
      ERROR_CODES.PARSER_FAILED,
      `the parser at ${this.url} stopped in the middle of the text (${code ?? (error instanceof Error ? error.message : String(error))})`,
      { cause: error },
    );
  }

  private refusal(response: Response, body: string): ParserError {
    const said = body.trim().slice(0, 300);
    const retryAfter = Number(response.headers.get('retry-after') ?? '') || undefined;
    switch (response.status) {
      case 503:
        return /loading/i.test(said)
          ? new ParserError(ERROR_CODES.PARSER_STARTING, `the parser at ${this.url} is still loading its models: ${said}`, { retryAfterSeconds: retryAfter ?? 5 })
          : new ParserError(ERROR_CODES.PARSER_BUSY, `the parser at ${this.url} is busy: ${said}`, { retryAfterSeconds: retryAfter ?? 2 });
      case 504:
        return new ParserError(ERROR_CODES.PARSER_TIMEOUT, `the parser at ${this.url} stopped a parse that took too long: ${said}`);
      case 413:
        return new ParserError(ERROR_CODES.PARSER_INPUT_REFUSED, `the parser at ${this.url} refused the text: ${said}`);
      default:
        // A stock CoreNLP server answers its own timeout with 500 and this sentence.
        if (/timed out/i.test(said)) return new ParserError(ERROR_CODES.PARSER_TIMEOUT, `the parser at ${this.url} stopped a parse that took too long: ${said}`);
        return new ParserError(ERROR_CODES.PARSER_FAILED, `the parser at ${this.url} answered HTTP ${response.status}: ${said}`);
    }
  }
}

/** The `code` of the socket error under fetch's "fetch failed". */
function socketErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}

/**
 * The text as sent: same length, position for position, so offsets stay the caller's. A lone
 * surrogate cannot be encoded in UTF-8 and a control character is not text; both become one code
 * unit that can.
 */
export function sendableText(text: string): string {
  let sendable = '';
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let replacement: string | undefined;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
      else replacement = '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      replacement = '\ufffd';
    } else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) {
      replacement = ' ';
    }
    if (replacement !== undefined) {
      sendable += text.slice(copiedUpTo, index) + replacement;
      copiedUpTo = index + 1;
    }
  }
  return copiedUpTo === 0 ? text : sendable + text.slice(copiedUpTo);
}
