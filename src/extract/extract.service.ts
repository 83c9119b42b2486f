/**
 * Drafting for the API: checks a pasted text, reads the actors the graph already holds (so that
 * entity linking prefers them over new ones), and runs the extraction rules. It writes nothing:
 * the draft goes back to a person, who reviews it and saves it through `ingestDocument`.
 *
 * The rules run in the request, so the text's length bounds the request's time: longer texts are
 * refused with the limit named, before anything is read.
 */
import { partialDateBounds, PartialTimeError } from '../graph/partial-time';
import { DraftOptions, ExtractionResult, KnownActor } from './draft.types';

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

export type DraftFunction = (text: string, options: DraftOptions) => ExtractionResult;

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
    private readonly draft: DraftFunction,
    private readonly maxChars: number,
  ) {}

  async extract(request: ExtractionRequest): Promise<ExtractionResult> {
    const text = this.checkText(request.text);
    const date = checkDate(request.date);
    const title = request.title === null || request.title === undefined || request.title.trim() === '' ? undefined : request.title.trim();
    const result = this.draft(text, { title, date, knownActors: await this.knownActors() });
    // A draft made here has no file beside it: the text travels inline, as ingestDocument wants it.
    const document = Object.fromEntries(Object.entries(result.annotation.document).filter(([field]) => field !== 'textFile'));
    return { ...result, annotation: { ...result.annotation, document: { ...(document as typeof result.annotation.document), text } } };
  }

  private checkText(text: string): string {
    if (text.length > this.maxChars) {
      throw new ExtractionInputError('text', `expected at most ${this.maxChars} characters (MAX_EXTRACT_CHARS), found ${text.length}`);
    }
    if (text.trim() === '') throw new ExtractionInputError('text', `expected a text with words in it, found ${text.length === 0 ? 'an empty string' : 'only white space'}`);
    const control = firstControlCharacter(text);
    if (control >= 0) {
      const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
      throw new ExtractionInputError('text', `expected plain text, found the control character U+${code} at offset ${control} (binary data?)`);
    }
    return text;
  }
}

function checkDate(date: string | null | undefined): string | undefined {
  if (date === null || date === undefined || date.trim() === '') return undefined;
  try {
    partialDateBounds(date.trim());
    return date.trim();
  } catch (error) {
    if (error instanceof PartialTimeError) throw new ExtractionInputError('date', error.message);
    throw error;
  }
}
