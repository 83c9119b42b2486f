/**
 * Drafting for the API: checks a pasted text, reads the actors the graph already holds (so that
 * entity linking prefers them over new ones), has the parser parse it, and runs the extraction
 * rules over the parse (`draftFromParse`, pure and synchronous). It writes nothing: the draft goes
 * back to a person, who reviews it and saves it through `ingestDocument`.
 *
 * The text's length bounds the request's time: longer texts are refused with the limit named,
 * before anything is read. The parser reads the text shaped (text-shape.ts: no endless token or
 * sentence, offsets kept); a parser that cannot answer rejects with its own code, passed on as is,
 * and a client that leaves cancels the parse. The rules then run where `draft` puts them (the
 * service: a worker thread under a time budget). The draft it answers can be saved as it is: within
 * the format's limits, and small enough for one request's body.
 */
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { ParsedText, TextParser } from '../parser/parse.types';
import { requestSignal } from '../runtime/request-scope';
import { REQUEST_ENVELOPE_BYTES } from './draft-format';
import { DraftOptions, ExtractionResult, KnownActor } from './draft.types';
import { checkDocumentDate, checkText, checkWellFormed, TextInputError } from './text-input';
import { parseForDrafting } from './text-shape';

/** A request the rules cannot draft; `field` names the argument, the message what was expected. */
export class ExtractionInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionInputError';
  }
}

export interface ExtractionRequest {
  readonly text: string;
  readonly title?: string | null;
  /** The document's date, a partial date (2024, 2024-01, 2024-01-18). */
  readonly date?: string | null;
}

/** A request whose arguments passed `ExtractionService.check`. */
export interface CheckedExtractionRequest {
  readonly text: string;
  readonly date: ReturnType<typeof checkDocumentDate> | undefined;
  readonly title: string | undefined;
}

/** Drafting from a text and its parse: `draftFromParse`, or one that runs it elsewhere (a worker with a time budget). */
export type DraftFunction = (text: string, parsed: ParsedText, options: DraftOptions) => ExtractionResult | Promise<ExtractionResult>;

/** The offset of the first control character other than tab, line feed, form feed and carriage return; -1 when none. */
function firstControlCharacter(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) return index;
  }
  return -1;
}

export class ExtractionService {
  constructor(
    private readonly knownActors: () => Promise<readonly KnownActor[]>,
    /** The syntactic parser; its refusals (PARSER_* codes) reach the client as they are. */
    private readonly parser: TextParser,
    private readonly draft: DraftFunction,
    private readonly maxChars: number,
    /** A request body's limit (MAX_BODY_BYTES): a draft is kept small enough to be saved in one request. */
    private readonly maxBodyBytes = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * The request's arguments, checked (ExtractionInputError names the one at fault). Cheap, so the
   * service checks them before it waits for a drafting slot: a bad text is refused as such even
   * while every slot is taken.
   */
  check(request: ExtractionRequest): CheckedExtractionRequest {
    const text = asArgument('text', () => checkText(request.text, this.maxChars, 'text'));
    refuseControlCharacters(text);
    const given = present(request.date);
    const date = given === undefined ? undefined : asArgument('date', () => checkDocumentDate(given, 'date'));
    const title = present(request.title);
    return { text, date, title: title === undefined ? undefined : asArgument('title', () => checkWellFormed(title, 'title')) };
  }

  /** Drafts a request that `check` passed. */
  async draftChecked({ text, date, title }: CheckedExtractionRequest): Promise<ExtractionResult> {
    const [knownActors, parsed] = await Promise.all([this.knownActors(), parseForDrafting(this.parser, text, requestSignal())]);
    const maxBytes = Number.isFinite(this.maxBodyBytes) ? this.maxBodyBytes - REQUEST_ENVELOPE_BYTES : undefined;
    // No textFile is given, so the draft carries the text inline, as ingestDocument wants it.
    return draftOrFail(async () => this.draft(text, parsed, { title, date, knownActors, maxBytes }));
  }
}

/**
 * A draft, or DRAFTING_FAILED when the drafter itself fails: a text that passed the checks is a
 * valid input, so a failure is a fault to report, told apart from an outage or a bad request.
 */
async function draftOrFail(draft: () => Promise<ExtractionResult>): Promise<ExtractionResult> {
  try {
    return await draft();
  } catch (error) {
    // A budget overrun or a client that left has its own code already.
    if (error instanceof CodedError) throw error;
    throw new CodedError(ERROR_CODES.DRAFTING_FAILED, 'the drafter failed on this text (a fault of actorgraph, not of the text); report it with the text and the requestId', { cause: error });
  }
}

/** An optional argument, trimmed; absent when empty. */
function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** The annotate command's checks, with the argument they concern named once (the checks prefix it too). */
function asArgument<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TextInputError) throw new ExtractionInputError(field, error.message.replace(`${field}: `, ''));
    throw error;
  }
}

/** A file's bytes are checked for binary content when read; a pasted text is checked for control characters. */
function refuseControlCharacters(text: string): void {
  const control = firstControlCharacter(text);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    throw new ExtractionInputError('text', `expected plain text, found the control character U+${code} at offset ${control} (binary data?)`);
  }
}
