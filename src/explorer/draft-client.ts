/**
 * The "Add a document" page's calls: draft a text (`extractDocument`, which writes nothing) and
 * save the reviewed annotation (`ingestDocument`, with the API key the person typed).
 */
import { graphql } from './graphql-client';

export interface DraftQuote {
  quote: string;
  occurrence: number;
  start: number;
  end: number;
}

export interface DraftProposal {
  confidence: number;
  rule: string;
}

export interface DraftActor {
  id: string;
  name: string;
  kind: string;
  known: boolean;
  proposal: DraftProposal | null;
}

export interface DraftRelation {
  type: string;
  from: string;
  to: string;
  symmetric: boolean;
  time: string | null;
  place: string | null;
  description: string;
  evidence: DraftQuote[];
  proposal: DraftProposal | null;
}

export interface DraftMention {
  actorId: string;
  start: number;
  end: number;
  text: string;
  known: boolean;
}

export interface DocumentDraft {
  document: { id: string; title: string; date: string | null };
  actors: DraftActor[];
  relations: DraftRelation[];
  mentions: DraftMention[];
  warnings: string[];
  /** The draft in the loader's annotation format, as JSON. */
  annotation: string;
}

const QUOTE = 'quote occurrence start end';
const PROPOSAL = 'proposal { confidence rule }';

export function extractDocument(text: string, title: string | null, date: string | null): Promise<DocumentDraft> {
  return graphql<{ extractDocument: DocumentDraft }>(
    `query($text: String!, $title: String, $date: String) {
      extractDocument(text: $text, title: $title, date: $date) {
        document { id title date }
        actors { id name kind known ${PROPOSAL} }
        relations { type from to symmetric time place description evidence { ${QUOTE} } ${PROPOSAL} }
        mentions { actorId start end text known }
        warnings
        annotation
      }
    }`,
    { text, title, date },
  ).then((data) => data.extractDocument);
}

export interface IngestResult {
  actorsCreated: number;
  actorsUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
  quotes: number;
}

export function ingestDocument(annotation: object, apiKey: string): Promise<IngestResult> {
  return graphql<{ ingestDocument: IngestResult }>(
    `mutation($document: JSONObject!) {
      ingestDocument(document: $document) { actorsCreated actorsUpdated relationsCreated relationsUpdated quotes }
    }`,
    { document: annotation },
    { authorization: `Bearer ${apiKey}` },
  ).then((data) => data.ingestDocument);
}
