import { ConfigError, loadConfig } from '../../src/config/config';
import { loadOptionsFrom } from '../../src/loader/load-options';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.username).toBe('neo4j');
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.neo4j.local).toMatchObject({ port: 7687, libDir: '.neo4j/lib', dataDir: '.neo4j/data' });
    expect(config.apiKeys).toEqual([]);
    expect(config.localKeyOnStart).toBe(true);
    expect(config.limits.maxTraversalDepth).toBe(4);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'graph',
      LOCAL_NEO4J_DIR: '/tmp/n',
      API_KEY: 'k',
      LOAD_SEEDS_ON_START: 'false',
      MAX_TRAVERSAL_DEPTH: '6',
    });
    expect(config.port).toBe(8080);
    expect(config.neo4j).toMatchObject({ uri: 'neo4j://db.example:7687', username: 'reader', password: 'pw', database: 'graph' });
    expect(config.neo4j.local.libDir).toBe('/tmp/n/lib');
    expect(config.apiKeys).toEqual([{ name: 'default', key: 'k' }]);
    expect(config.loadSeedsOnStart).toBe(false);
    expect(config.limits.maxTraversalDepth).toBe(6);
  });

  it('reports every bad value at once, each with what was expected and found', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOAD_SEEDS_ON_START: 'maybe', MAX_TRAVERSAL_DEPTH: '99' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toEqual([
      "NEO4J_URI: expected a URI with scheme neo4j://, bolt://, neo4j+s://, bolt+s://, neo4j+ssc:// or bolt+ssc://, found 'http://localhost:7474'",
      "PORT: expected a whole number from 0 to 65535, found 'eighty'",
      "LOAD_SEEDS_ON_START: expected true or false, found 'maybe'",
      "MAX_TRAVERSAL_DEPTH: expected a whole number from 1 to 10, found '99'",
    ]);
  });

  it('reads the log format, the drain bound and the metrics label cap, and refuses a format it does not know', () => {
    expect(loadConfig({})).toMatchObject({ logFormat: 'auto', shutdownDrainMs: 10_000, metricsMaxOperations: 100 });
    expect(loadConfig({ LOG_FORMAT: 'JSON', SHUTDOWN_DRAIN_MS: '2500', METRICS_MAX_OPERATIONS: '7' })).toMatchObject({
      logFormat: 'json',
      shutdownDrainMs: 2_500,
      metricsMaxOperations: 7,
    });
    expect(() => loadConfig({ LOG_FORMAT: 'xml', SHUTDOWN_DRAIN_MS: '-1' })).toThrow(
      "invalid configuration:\n  LOG_FORMAT: expected one of auto, json, pretty, found 'xml'\n  SHUTDOWN_DRAIN_MS: expected a whole number from 0 to 600000, found '-1'",
    );
  });

  it('starts the local parser on loopback only and refuses any other address', () => {
    expect(loadConfig({}).parser.local.host).toBe('127.0.0.1');
    expect(loadConfig({ LOCAL_PARSER_HOST: '::1' }).parser.local.host).toBe('::1');
    expect(loadConfig({ LOCAL_PARSER_HOST: 'LocalHost' }).parser.local.host).toBe('localhost');
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'parser.example']) {
      expect(() => loadConfig({ LOCAL_PARSER_HOST: host })).toThrow(
        `LOCAL_PARSER_HOST: expected a loopback address (127.0.0.1, ::1, localhost): the process listens on this machine only, found '${host}'`,
      );
    }
  });

  it('refuses a local-server password shorter than Neo4j accepts', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow(
      'NEO4J_PASSWORD: the local Neo4j server needs a password of at least 8 characters, found 5',
    );
  });

  it('reads MAX_DOCUMENT_CHARS, 1,000,000 by default, and passes it to every load', () => {
    expect(loadConfig({}).limits.maxDocumentChars).toBe(1_000_000);
    const config = loadConfig({ MAX_DOCUMENT_CHARS: '5000' });
    expect(config.limits.maxDocumentChars).toBe(5_000);
    expect(loadOptionsFrom(config).maxDocumentChars).toBe(5_000);
    expect(() => loadConfig({ MAX_DOCUMENT_CHARS: '0' })).toThrow("MAX_DOCUMENT_CHARS: expected a whole number from 1 to 100000000, found '0'");
  });
});
