import { Connection } from '../../src/neo4j/connect';
import { checkDatabase } from '../../src/neo4j/health';
import { MIGRATIONS, migrate } from '../../src/neo4j/migrations';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { openTestConnection, uniqueId } from '../support/database';

describe('the Neo4j connection', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(() => connection.close());

  it('writes in a write transaction and reads the same data back in an auto-commit read over Bolt', async () => {
    const id = uniqueId('probe');
    await connection.database.write((runner) =>
      runner.run('CREATE (:Probe {id: $id, note: $note})', { id, note: 'written over Bolt' }),
    );
    const rows = await connection.database.read((runner) =>
      runner.run<{ note: string }>('MATCH (p:Probe {id: $id}) RETURN p.note AS note', { id }),
    );
    expect(rows).toEqual([{ note: 'written over Bolt' }]);
    await connection.database.write((runner) => runner.run('MATCH (p:Probe {id: $id}) DELETE p', { id }));
  });

  it('runs reads in READ access mode: the server refuses a write there', async () => {
    const id = uniqueId('read-mode');
    await expect(connection.database.read((runner) => runner.run('CREATE (:Probe {id: $id})', { id }))).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    expect(await connection.database.read((runner) => runner.run('MATCH (p:Probe {id: $id}) RETURN p', { id }))).toEqual([]);
  });

  it('has the uniqueness constraints and indexes the graph needs', async () => {
    const rows = await connection.database.read((runner) =>
      runner.run<{ name: string; type: string }>('SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name'),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'actor_id_unique', type: 'UNIQUENESS' },
        { name: 'document_id_unique', type: 'UNIQUENESS' },
        { name: 'evidence_id_unique', type: 'UNIQUENESS' },
      ]),
    );
    const indexes = await connection.database.read((runner) =>
      runner.run<{ name: string; type: string; state: string }>('SHOW INDEXES YIELD name, type, state RETURN name, type, state'),
    );
    const byName = new Map(indexes.map((index) => [index.name, index]));
    expect(byName.get('actor_names')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('relation_id_attacks')).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    for (const migration of MIGRATIONS) expect([...byName.keys()]).toContain(migration.name);
  });

  it('refuses a second actor with the same id', async () => {
    const id = uniqueId('actor');
    await connection.database.write((runner) => runner.run('CREATE (:Actor {id: $id})', { id }));
    await expect(connection.database.write((runner) => runner.run('CREATE (:Actor {id: $id})', { id }))).rejects.toThrow(
      /already exists/,
    );
    await connection.database.write((runner) => runner.run('MATCH (a:Actor {id: $id}) DELETE a', { id }));
  });

  it('applies the migrations again without error', async () => {
    await expect(migrate(connection.database, RELATION_TYPE_NAMES)).resolves.toBeUndefined();
  });

  it('reports the database reachable', async () => {
    await expect(checkDatabase(connection.database)).resolves.toMatchObject({ reachable: true });
  });

  it('lets an observer see every query with its parameters', async () => {
    const seen: string[] = [];
    const stop = connection.database.observe((query, parameters) => seen.push(`${query} ${JSON.stringify(parameters)}`));
    await connection.database.read((runner) => runner.run('RETURN $x AS x', { x: 1 }));
    stop();
    await connection.database.read((runner) => runner.run('RETURN 2 AS x'));
    expect(seen).toEqual(['RETURN $x AS x {"x":1}']);
  });
});
