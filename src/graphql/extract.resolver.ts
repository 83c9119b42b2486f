import { Args, Query, Resolver } from 'type-graphql';
import { ExtractionInputError, ExtractionService } from '../extract/extract.service';
import { Bulkhead } from '../neo4j/bulkhead';
import { extractCost } from './cost';
import { toDocumentDraft } from './document-draft.shape';
import { DocumentDraft } from './document-draft.type';
import { CodedError } from '../errors/coded-error';
import { BadUserInputError, codedGraphQLError } from './errors';
import { ExtractDocumentArgs } from './extract.args';

@Resolver()
export class ExtractResolver {
  constructor(
    private readonly extraction: ExtractionService,
    /** The service's bound on drafts in progress (MAX_CONCURRENT_DRAFTS); a full one refuses at once. */
    private readonly drafts: Bulkhead,
  ) {}

  @Query(() => DocumentDraft, {
    description:
      "Drafts an annotation of a text with the extraction rules, linking the actors the graph already holds; writes nothing. A person reviews the draft, then saves it with ingestDocument. Costs in proportion to the text's length; refused with DRAFTING_BUSY while MAX_CONCURRENT_DRAFTS drafts are in progress.",
    complexity: extractCost,
  })
  async extractDocument(@Args() args: ExtractDocumentArgs): Promise<DocumentDraft> {
    try {
      // Checked before the wait for a slot: a bad text is refused as such, even while every slot is taken.
      const checked = this.extraction.check(args);
      return toDocumentDraft(await this.drafts.run(() => this.extraction.draftChecked(checked)));
    } catch (error) {
      if (error instanceof ExtractionInputError) throw new BadUserInputError(error.field, error.message);
      if (error instanceof CodedError) throw codedGraphQLError(error);
      throw error;
    }
  }
}
