import { Args, Query, Resolver } from 'type-graphql';
import { ExtractionInputError, ExtractionService } from '../extract/extract.service';
import { toDocumentDraft } from './document-draft.shape';
import { DocumentDraft } from './document-draft.type';
import { BadUserInputError } from './errors';
import { ExtractDocumentArgs } from './extract.args';

@Resolver()
export class ExtractResolver {
  constructor(private readonly extraction: ExtractionService) {}

  @Query(() => DocumentDraft, {
    description:
      "Drafts an annotation of a text with the extraction rules, linking the actors the graph already holds; writes nothing. A person reviews the draft, then saves it with ingestDocument.",
  })
  async extractDocument(@Args() args: ExtractDocumentArgs): Promise<DocumentDraft> {
    try {
      return toDocumentDraft(await this.extraction.extract(args));
    } catch (error) {
      if (error instanceof ExtractionInputError) throw new BadUserInputError(error.field, error.message);
      throw error;
    }
  }
}
