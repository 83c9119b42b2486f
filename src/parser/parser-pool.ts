/**
 * Several parsers as one: texts (and the blocks of a long text) go to whichever parser has a free
 * slot, the least busy first, so that a corpus is spread over every PARSER_URL. A parser that
 * cannot take a block (nothing listening, still loading, full) hands it to the next one not yet
 * tried; any other failure is the text's, and is passed on.
 *
 * A parser works on at most `slots` texts at once; further blocks wait here, not at the parser, so
 * that the parser's timeout counts parsing time only. Waiting ends with the caller's signal.
 */
import { ERROR_CODES, ErrorCode } from '../errors/error-codes';
import { ParsedText, TextParser } from './parse.types';
import { ParserError } from './parser-error';
import { mergeBlocks, splitIntoBlocks } from './text-blocks';

export interface PooledParser extends TextParser {
  readonly url: string;
}

interface Member {
  readonly parser: PooledParser;
  busy: number;
}

/** Failures that say nothing about the text: another parser may well take it. */
const TRY_ANOTHER: ReadonlySet<ErrorCode> = new Set([ERROR_CODES.PARSER_UNAVAILABLE, ERROR_CODES.PARSER_STARTING, ERROR_CODES.PARSER_BUSY]);

export class ParserPool implements TextParser {
  private readonly members: Member[];
  private readonly waiting: (() => void)[] = [];

  constructor(
    parsers: readonly PooledParser[],
    private readonly slots: number,
    private readonly blockChars: number,
  ) {
    if (parsers.length === 0) throw new Error('a parser pool needs at least one parser');
    this.members = parsers.map((parser) => ({ parser, busy: 0 }));
  }

  get urls(): readonly string[] {
    return this.members.map((member) => member.parser.url);
  }

  async parse(text: string, signal?: AbortSignal): Promise<ParsedText> {
    const blocks = splitIntoBlocks(text, this.blockChars);
    const parses = await Promise.all(blocks.map((block) => this.parseBlock(block.text, signal)));
    return mergeBlocks(blocks, parses);
  }

  private async parseBlock(text: string, signal: AbortSignal | undefined): Promise<ParsedText> {
    const tried = new Set<Member>();
    let last: ParserError | undefined;
    while (tried.size < this.members.length) {
      const member = await this.acquire(tried, signal);
      tried.add(member);
      try {
        return await member.parser.parse(text, signal);
      } catch (error) {
        if (!(error instanceof ParserError) || !TRY_ANOTHER.has(error.code)) throw error;
        last = error;
      } finally {
        this.release(member);
      }
    }
    throw last!;
  }

  /** The least busy member with a free slot, not tried yet for this block; waits for one. */
  private async acquire(tried: ReadonlySet<Member>, signal: AbortSignal | undefined): Promise<Member> {
    for (;;) {
      signal?.throwIfAborted();
      const free = this.members.filter((member) => !tried.has(member) && member.busy < this.slots).sort((a, b) => a.busy - b.busy)[0];
      if (free !== undefined) {
        free.busy += 1;
        return free;
      }
      await new Promise<void>((resolveFree, rejectFree) => {
        const onAbort = (): void => {
          this.waiting.splice(this.waiting.indexOf(wake), 1);
          rejectFree(signal!.reason);
        };
        const wake = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolveFree();
        };
        this.waiting.push(wake);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }

  private release(member: Member): void {
    member.busy -= 1;
    // Every waiter looks again: the freed parser may be one a waiter has already tried.
    for (const wake of this.waiting.splice(0)) wake();
  }
}
