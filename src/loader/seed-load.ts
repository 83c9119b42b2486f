/** Seeding: a service started on an empty graph loads the seed folder, so it has something to show. */
import { countGraph } from '../graph/ingest.repository';
import { Database } from '../neo4j/database';
import { LoadOptions } from './load-options';
import { LoadSummary } from './load-summary';
import { loadPaths } from './loader';

/** Loads the seed folder when the graph has no document yet; returns null when it did nothing. */
export async function loadSeedsIntoEmptyGraph(database: Database, seedsDir: string, options: LoadOptions = {}): Promise<LoadSummary | null> {
  const { documents } = await database.read((runner) => countGraph(runner));
  if (documents > 0) return null;
  return loadPaths(database, [seedsDir], options);
}
