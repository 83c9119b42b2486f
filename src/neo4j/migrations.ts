/**
 * The schema the graph needs, created idempotently at every start (`IF NOT EXISTS`): uniqueness of
 * the ids that the loader and the API merge and look up by, the indexes the queries filter on, and
 * the full-text indexes behind `search` and `searchEvidence`.
 */
import { Database } from './database';

export interface Migration {
  readonly name: string;
  readonly cypher: string;
}

/** The full-text index that `search` queries; the benchmark creates it from here too. */
export const ACTOR_NAMES_INDEX: Migration = {
  name: 'actor_names',
  cypher:
    'CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText] ' +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
};

/**
 * The full-text index that `searchEvidence` queries. The English analyzer stems ("strikes" finds
 * "strike") and leaves out stop words, which in quotes are most of the words and rank nothing.
 */
export const EVIDENCE_QUOTES_INDEX: Migration = {
  name: 'evidence_quotes',
  cypher:
    'CREATE FULLTEXT INDEX evidence_quotes IF NOT EXISTS FOR (e:Evidence) ON EACH [e.quote] ' +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }",
};

export const MIGRATIONS: readonly Migration[] = [
  { name: 'actor_id_unique', cypher: 'CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE' },
  {
    name: 'document_id_unique',
    cypher: 'CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  },
  { name: 'load_id_unique', cypher: 'CREATE CONSTRAINT load_id_unique IF NOT EXISTS FOR (l:Load) REQUIRE l.id IS UNIQUE' },
  { name: 'load_undo_key_unique', cypher: 'CREATE CONSTRAINT load_undo_key_unique IF NOT EXISTS FOR (u:LoadUndo) REQUIRE u.undoKey IS UNIQUE' },
  { name: 'load_undo_load', cypher: 'CREATE INDEX load_undo_load IF NOT EXISTS FOR (u:LoadUndo) ON (u.undoLoad, u.undoKind)' },
  { name: 'actor_kind', cypher: 'CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)' },
  { name: 'evidence_id_unique', cypher: 'CREATE CONSTRAINT evidence_id_unique IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE' },
  { name: 'evidence_relation', cypher: 'CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationId)' },
  { name: 'evidence_actor', cypher: 'CREATE INDEX evidence_actor IF NOT EXISTS FOR (e:Evidence) ON (e.actorId)' },
  { name: 'evidence_document', cypher: 'CREATE INDEX evidence_document IF NOT EXISTS FOR (e:Evidence) ON (e.documentId)' },
  // The whole-graph measures are read highest first through these (see centrality.repository.ts).
  { name: 'actor_page_rank', cypher: 'CREATE INDEX actor_page_rank IF NOT EXISTS FOR (a:Actor) ON (a.pageRank)' },
  { name: 'actor_betweenness', cypher: 'CREATE INDEX actor_betweenness IF NOT EXISTS FOR (a:Actor) ON (a.betweenness)' },
  // Degree rankings too: every write keeps the property (see src/graph/degree.repository.ts).
  { name: 'actor_degree', cypher: 'CREATE INDEX actor_degree IF NOT EXISTS FOR (a:Actor) ON (a.degree)' },
  { name: 'analytics_id_unique', cypher: 'CREATE CONSTRAINT analytics_id_unique IF NOT EXISTS FOR (m:Analytics) REQUIRE m.id IS UNIQUE' },
  { name: 'actor_name', cypher: 'CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)' },
  ACTOR_NAMES_INDEX,
  // Review drafts (src/review/review-draft.repository.ts): labels of their own, found by id and by draft.
  { name: 'review_draft_id_unique', cypher: 'CREATE CONSTRAINT review_draft_id_unique IF NOT EXISTS FOR (d:ReviewDraft) REQUIRE d.id IS UNIQUE' },
  { name: 'review_draft_queue', cypher: 'CREATE INDEX review_draft_queue IF NOT EXISTS FOR (d:ReviewDraft) ON (d.createdAt)' },
  { name: 'review_item_key_unique', cypher: 'CREATE CONSTRAINT review_item_key_unique IF NOT EXISTS FOR (i:ReviewItem) REQUIRE i.key IS UNIQUE' },
  { name: 'review_item_draft', cypher: 'CREATE INDEX review_item_draft IF NOT EXISTS FOR (i:ReviewItem) ON (i.draftId)' },
  { name: 'review_decision_draft', cypher: 'CREATE INDEX review_decision_draft IF NOT EXISTS FOR (h:ReviewDecision) ON (h.draftId)' },
  // Deletions of actors and documents (src/graph/deletion.repository.ts), newest first.
  { name: 'deletion_at', cypher: 'CREATE INDEX deletion_at IF NOT EXISTS FOR (x:Deletion) ON (x.deletedAt)' },
  EVIDENCE_QUOTES_INDEX,
  // Merges are remembered (see actor-merge.repository.ts) and found by the id they merged away.
  { name: 'actor_merge_id_unique', cypher: 'CREATE CONSTRAINT actor_merge_id_unique IF NOT EXISTS FOR (m:ActorMerge) REQUIRE m.id IS UNIQUE' },
  { name: 'actor_merge_merged_id', cypher: 'CREATE INDEX actor_merge_merged_id IF NOT EXISTS FOR (m:ActorMerge) ON (m.mergedId)' },
];

/**
 * Relation ids are looked up per relationship type; a property index per type makes `relation(id)`
 * a lookup rather than a scan. The types come from the caller's closed vocabulary and are checked
 * here once more because they are written into the statement.
 */
export function relationIdIndexes(relationTypes: readonly string[]): Migration[] {
  return relationTypes.map((type) => {
    if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`relation type must be UPPER_SNAKE_CASE, found '${type}'`);
    const name = `relation_id_${type.toLowerCase()}`;
    return { name, cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)` };
  });
}

/** Applies every migration; each statement is its own transaction, as schema changes must be. */
export async function migrate(database: Database, relationTypes: readonly string[]): Promise<void> {
  for (const migration of [...MIGRATIONS, ...relationIdIndexes(relationTypes)]) {
    await database.write((runner) => runner.run(migration.cypher));
  }
  // Queries right after start must be able to use the indexes.
  await database.write((runner) => runner.run('CALL db.awaitIndexes(60)'));
}
