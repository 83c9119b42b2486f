/**
 * The load baseline: the same generated files written with one hand-written batched
 * `UNWIND ... MERGE` per record kind through the driver, in one transaction (or, with
 * BASELINE_COMMIT_EACH_BATCH=true, as the loader stages large loads, committing each batch), with
 * no validation and no provenance beyond what the loader also writes. It is what the loader is
 * measured against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { runCli } from '../src/cli/run-cli';

const BATCH = 1_000;

async function main(dir: string): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
  const session = driver.session();
  const eachBatch = process.env.BASELINE_COMMIT_EACH_BATCH === 'true';
  let tx = session.beginTransaction({ timeout: 3_600_000 });
  const run = async (query: string, parameters: Record<string, unknown>): Promise<void> => {
    await tx.run(query, parameters);
    if (eachBatch) {
      await tx.commit();
      tx = session.beginTransaction({ timeout: 3_600_000 });
    }
  };
  let relations = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line !== '');
    const document = JSON.parse(lines[0]).document as { id: string; title: string; text: string };
    await run('MERGE (d:Document {id: $id}) SET d.title = $title, d.text = $text', document);
    const actors = lines.filter((line) => line.startsWith('{"actor"')).map((line) => JSON.parse(line).actor);
    for (let start = 0; start < actors.length; start += BATCH) {
      await run(
        `MATCH (d:Document {id: $documentId}) UNWIND $rows AS row
         MERGE (a:Actor {id: row.id}) SET a.name = row.name, a.kind = row.kind MERGE (d)-[:MENTIONS]->(a)`,
        { documentId: document.id, rows: actors.slice(start, start + BATCH) },
      );
    }
    const byType = new Map<string, { from: string; to: string; time: string; description: string; quote: string }[]>();
    for (const line of lines.filter((text) => text.startsWith('{"relation"'))) {
      const { relation } = JSON.parse(line);
      const rows = byType.get(relation.type) ?? [];
      rows.push({ from: relation.from, to: relation.to, time: relation.time, description: relation.description, quote: relation.evidence[0].quote });
      byType.set(relation.type, rows);
    }
    for (const [type, rows] of byType) {
      for (let start = 0; start < rows.length; start += BATCH) {
        // The type comes from the generated file, which only holds vocabulary types.
        await run(
          `UNWIND $rows AS row MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
           MERGE (a)-[r:${type} {id: row.from + '|' + row.to + '|' + row.time}]->(b)
           SET r.timeText = row.time, r.description = row.description
           CREATE (:Evidence {quote: row.quote, documentId: $documentId, relationId: r.id})`,
          { documentId: document.id, rows: rows.slice(start, start + BATCH) },
        );
        relations += Math.min(BATCH, rows.length - start);
      }
    }
  }
  await tx.commit();
  await session.close();
  await driver.close();
  process.stdout.write(`baseline: wrote ${relations} relations\n`);
}

runCli('baseline', () => main(process.argv[2]));

