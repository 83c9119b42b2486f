/**
 * The graph's actors for entity linking, fetched once with a short connection timeout: drafting
 * must not wait half a minute for a database that is not there, nor start one. When the graph
 * cannot be reached, the caller is told why and drafts from the text alone.
 */
import { Config } from '../config/config';
import { errorMessage } from '../errors/error-message';
import { allActorNames } from '../graph/actor.repository';
import { Database } from '../neo4j/database';
import { createDriver, DriverOptions, verifyConnectivity } from '../neo4j/driver';
import { KnownActor } from './draft.types';

const PAGE_SIZE = 5_000;

export type GraphActors = { readonly reached: true; readonly uri: string; readonly actors: KnownActor[] } | { readonly reached: false; readonly uri: string; readonly reason: string };

/** The configured graph, or the local server at its port when no `NEO4J_URI` is set (never started here). */
export async function fetchGraphActors(config: Config): Promise<GraphActors> {
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.local.port}`;
  const options: DriverOptions = {
    uri,
    username: config.neo4j.uri === undefined ? 'neo4j' : config.neo4j.username,
    password: config.neo4j.password,
    connectTimeoutMs: config.extractConnectTimeoutMs,
    retryTimeMs: 0,
  };
  const driver = createDriver(options);
  try {
    await verifyConnectivity(driver, options);
    const database = new Database(driver, { database: config.neo4j.database, transactionTimeoutMs: config.neo4j.transactionTimeoutMs, retryTimeMs: 0 });
    const actors: KnownActor[] = [];
    for await (const page of allActorNames((work) => database.read(work), PAGE_SIZE)) actors.push(...page);
    return { reached: true, uri, actors };
  } catch (error) {
    return { reached: false, uri, reason: errorMessage(error).split('\n')[0] };
  } finally {
    await driver.close();
  }
}
