/**
 * Drafting as a task of the worker pool (src/runtime/worker-pool.ts): the text, its parse and the
 * options in, the draft out, all plain data, so that the rules' processor time is a worker
 * thread's and never the event loop's. The parse comes as JSON (`jsonInTurns`): a string crosses
 * in one copy, where a long text's parse as objects took the event loop a quarter of a second to
 * clone. What it returns keeps within the format's limits (draft-format.ts).
 */
import { ParsedText } from '../parser/parse.types';
import { draftWithinFormat } from './draft';
import { DraftOptions, ExtractionResult } from './draft.types';

export interface DraftTaskInput {
  readonly text: string;
  /** The ParsedText, as JSON. */
  readonly parsedJson: string;
  readonly options: DraftOptions;
}

export function run({ text, parsedJson, options }: DraftTaskInput): ExtractionResult {
  return draftWithinFormat(text, JSON.parse(parsedJson) as ParsedText, options);
}
