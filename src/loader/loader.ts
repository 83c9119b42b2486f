/**
 * Loads annotated documents into the graph: validate everything, then write everything, or write
 * nothing.
 *
 * Files are streamed twice: a validation pass that keeps only ids (load-validation.ts), then a
 * writing pass that sends batches of records through the repository (load-write.ts), in one
 * transaction or staged with a journal from which a failed load undoes itself (load-staging.ts).
 * The load's summary is load-summary.ts, its errors load-errors.ts, its settings load-options.ts.
 */
import { Database } from '../neo4j/database';
import { AnnotationSource, findAnnotationFiles, openSource } from './annotation-source';
import { documentBaseDir } from './annotation.validate';
import { LoadOptions } from './load-options';
import { LoadSummary } from './load-summary';
import { validateSources } from './load-validation';
import { writeSources } from './load-write';

/** Loads files and folders (each folder's `.json` and `.jsonl` files). */
export function loadPaths(database: Database, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  return loadSources(database, findAnnotationFiles(paths).map(openSource), { baseDir: (source) => documentBaseDir(source.file), ...options });
}

export async function loadSources(database: Database, sources: readonly AnnotationSource[], options: LoadOptions = {}): Promise<LoadSummary> {
  const report = await validateSources(sources, options);
  return writeSources(database, sources, report, options);
}
