/**
 * A review draft whose faults are known, as `npm run annotate --submit` would send it: one actor
 * of the wrong kind, one invented, one new that the graph already holds under another name, one
 * invented relation, and the main attack missed. Its names are made up per test, so that no two
 * tests share an actor.
 */
import { runQuery } from '../../src/graph/cypher-query';
import { refreshDegreesQuery } from '../../src/graph/degree.repository';
import { Database } from '../../src/neo4j/database';
import { uniqueId } from './database';

/** A draft in the annotation format, its parts loosely typed so that tests can spoil them. */
export interface DraftAnnotation {
  document: Record<string, unknown>;
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

export interface FaultyDraft {
  readonly text: string;
  readonly draft: DraftAnnotation;
  /** Actor ids as drafted. */
  readonly ids: { readonly liwa: string; readonly brigade: string; readonly republic: string; readonly ceasefire: string; readonly commander: string };
  /** The quote of the attack the draft missed. */
  readonly attack: string;
}

/** The made-up word of every faulty draft: `Tarv` and six letters. */
const WORD = 'tarv[a-z]{6}';
const ACTOR_ID = `(.*-)?${WORD}(-.*)?`;

/**
 * Removes what the faulty drafts of a suite wrote: their actors (a draft's accepted 'Islamic
 * Republic' is a STATE actor, and other tests count the seed's), documents, quotes and review
 * drafts with their items and history, all named by the made-up word.
 */
export async function removeFaultyDrafts(database: Database): Promise<void> {
  // The actors they were joined to (the seed's Iran) are recounted once they are gone: degrees are stored.
  const neighbours = await database.read((runner) =>
    runner.run<{ id: string }>('MATCH (a:Actor)--(b:Actor) WHERE a.id =~ $actorId AND NOT b.id =~ $actorId RETURN DISTINCT b.id AS id', { actorId: ACTOR_ID }),
  );
  await database.write((runner) =>
    runner.run(
      `MATCH (n) WHERE (n:Actor AND n.id =~ $actorId) OR (n:Document AND n.id =~ $documentId) OR (n:Evidence AND n.documentId =~ $documentId)
          OR (n:ReviewDraft AND (n.documentId =~ $documentId OR n.text CONTAINS 'Tarv'))
       DETACH DELETE n`,
      { actorId: ACTOR_ID, documentId: `clash-${WORD}.*` },
    ),
  );
  await database.write((runner) => runQuery(runner, refreshDegreesQuery(neighbours.map((row) => row.id))));
  await database.write((runner) =>
    runner.run('MATCH (n) WHERE (n:ReviewItem OR n:ReviewDecision) AND NOT EXISTS { MATCH (d:ReviewDraft {id: n.draftId}) } DETACH DELETE n'),
  );
}

export function faultyDraft(): FaultyDraft {
  const word = `Tarv${uniqueId('x').replace(/[^a-z]/g, '').slice(-6)}`;
  const slug = word.toLowerCase();
  const attack = `Liwa ${word}, an Iran-backed militia, shelled the ${word} Brigade`;
  const text =
    `${attack} near Tikrit on 4 May 2024. The Islamic Republic supports Liwa ${word}. ` +
    `A ceasefire was announced on 6 May. Commander Hadi ${word} leads the ${word} Brigade.`;
  const ids = { liwa: `liwa-${slug}`, brigade: `${slug}-brigade`, republic: `${slug}-republic`, ceasefire: `${slug}-ceasefire`, commander: `hadi-${slug}` };
  const proposed = (rule: string): Record<string, unknown> => ({ review: 'proposed', confidence: 0.6, rule });
  const draft: DraftAnnotation = {
    document: { id: `clash-${slug}`, title: `Clash near Tikrit (${word})`, text, date: '2024-05-07' },
    actors: [
      { id: ids.liwa, name: `Liwa ${word}`, kind: 'PERSON', evidence: [{ quote: `Liwa ${word}, an Iran-backed militia` }], ...proposed('title-apposition') },
      { id: ids.brigade, name: `${word} Brigade`, kind: 'ARMED_GROUP', evidence: [{ quote: `${word} Brigade` }], ...proposed('group-noun') },
      { id: ids.republic, name: 'Islamic Republic', kind: 'STATE', evidence: [{ quote: 'The Islamic Republic' }], ...proposed('capitalised-run') },
      { id: ids.ceasefire, name: 'Ceasefire', kind: 'ORGANIZATION', evidence: [{ quote: 'A ceasefire was announced' }], ...proposed('capitalised-run') },
      { id: ids.commander, name: `Hadi ${word}`, kind: 'PERSON', roles: ['Commander'], evidence: [{ quote: `Commander Hadi ${word}` }], ...proposed('title') },
    ],
    relations: [
      { type: 'SUPPORTS', from: ids.republic, to: ids.liwa, description: `Islamic Republic supports Liwa ${word}.`, evidence: [{ quote: `The Islamic Republic supports Liwa ${word}` }], ...proposed('active-verb') },
      { type: 'OPPOSES', from: ids.ceasefire, to: ids.brigade, description: `Ceasefire opposes ${word} Brigade.`, evidence: [{ quote: 'A ceasefire was announced' }], ...proposed('noun') },
      { type: 'LEADS', from: ids.commander, to: ids.brigade, time: '2024-05', description: `Hadi ${word} leads the ${word} Brigade.`, evidence: [{ quote: `Commander Hadi ${word} leads the ${word} Brigade` }], ...proposed('active-verb') },
    ],
  };
  return { text, draft, ids, attack };
}
