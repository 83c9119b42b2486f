/**
 * Brings up the database a process works on: the configured Neo4j, or, when no `NEO4J_URI` is
 * set, the local server this project starts itself; then the driver, verified, and the schema.
 */
import { neo4jPoolSize } from '../metrics/metrics';
import { Neo4jConfig } from '../config/config';
import { Database } from './database';
import { createDriver, verifyConnectivity } from './driver';
import { LocalServerOptions, startLocalServer } from './local-server';
import { migrate } from './migrations';

export interface Connection {
  readonly database: Database;
  readonly uri: string;
  /** Closes the driver, then stops the local server if this process started it. */
  close(): Promise<void>;
}

/** The local server as the configuration describes it. */
export function localServerOptions(config: Neo4jConfig, log: (line: string) => void): LocalServerOptions {
  return {
    libDir: config.local.libDir,
    homeDir: config.local.dataDir,
    port: config.local.port,
    password: config.password,
    heapMb: config.local.heapMb,
    pageCacheMb: config.local.pageCacheMb,
    startTimeoutMs: config.local.startTimeoutMs,
    log,
  };
}

export async function connect(
  config: Neo4jConfig,
  relationTypes: readonly string[],
  log: (line: string) => void,
): Promise<Connection> {
  const local = config.uri === undefined ? await startLocalServer(localServerOptions(config, log)) : undefined;
  const uri = config.uri ?? local!.uri;
  const driverOptions = {
    uri,
    username: config.uri === undefined ? 'neo4j' : config.username,
    password: config.password,
    connectTimeoutMs: config.connectTimeoutMs,
    retryTimeMs: config.retryTimeMs,
    poolSize: config.poolSize,
    acquisitionTimeoutMs: config.acquisitionTimeoutMs,
  };
  const driver = createDriver(driverOptions);
  neo4jPoolSize.set(config.poolSize);
  // Health checks have a connection of their own: a pool full of slow queries is not an outage.
  const probe = createDriver({ ...driverOptions, poolSize: 1 });
  const close = async (): Promise<void> => {
    await driver.close();
    await probe.close();
    await local?.stop();
  };
  try {
    await verifyConnectivity(driver, driverOptions);
    const database = new Database(
      driver,
      {
        database: config.database,
        transactionTimeoutMs: config.transactionTimeoutMs,
        retryTimeMs: config.retryTimeMs,
        acquisitionTimeoutMs: config.acquisitionTimeoutMs,
        poolSize: config.poolSize,
      },
      probe,
    );
    await migrate(database, relationTypes);
    return { database, uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}
