/**
 * Drafting never throws against the known-actor list the service really uses: the seed loaded
 * into the real Neo4j and read back as drafting reads it (the graph's actor names and aliases).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { KnownActor } from '../../src/extract/draft.types';
import { allActorNames } from '../../src/graph/actor.repository';
import { loadPaths } from '../../src/loader/loader';
import { Connection } from '../../src/neo4j/connect';
import { openTestConnection } from '../support/database';
import { draftDefects, draftTextArbitrary } from '../support/draft-texts';
import { draft, extractionParser } from '../support/extract-drafts';
import { PARSER_LOAD_WAIT_MS } from '../support/test-parser';

describe("drafting against the graph's actors", () => {
  let connection: Connection;
  const known: KnownActor[] = [];

  beforeAll(async () => {
    connection = await openTestConnection();
    await loadPaths(connection.database, [join(__dirname, '..', '..', 'seeds')], { transactionTimeoutMs: 120_000 });
    for await (const page of allActorNames((work) => connection.database.read(work), 5_000)) known.push(...page);
    await extractionParser();
  }, PARSER_LOAD_WAIT_MS + 130_000);
  afterAll(() => connection.close());

  it("reads the seed's actors from the graph", () => {
    expect(known.map((actor) => actor.id)).toEqual(expect.arrayContaining(['iraq', 'united-states']));
  });

  it("drafts a compound of a known and a new name whose new name later stands as a place, linking the seed's states", async () => {
    const text = 'The Israel-Hezbollah war ended. Hezbollah, an ally of Iran, withdrew. Fighting went on in Hezbollah.';
    const result = await draft(text, { knownActors: known });
    expect(draftDefects(text, result)).toEqual([]);
    expect(result.mentions.filter((mention) => mention.known).map((mention) => mention.actorId)).toEqual(expect.arrayContaining(['israel', 'iran']));
  });

  it('drafts built texts without throwing, every quote verbatim and every end an actor of the draft', async () => {
    await fc.assert(
      fc.asyncProperty(draftTextArbitrary(known), async (text) => {
        expect(draftDefects(text, await draft(text, { knownActors: known }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // Hundreds of real parses: tens of milliseconds each, ten times that on a loaded machine.
  }, 900_000);
});
