/**
 * The plan of a merge (what moves, joins, drops) and its undo on the kept actor, worked out from
 * properties alone; and the redirect a standing merge gives to later loads.
 */
import { followRedirects, redirectActor, redirectRelation } from '../../src/graph/actor-redirect';
import { ActorRecord, RelationRecord } from '../../src/graph/domain';
import { evidenceId, relationId } from '../../src/graph/ids';
import { keptActorUpdate, mergeConflicts, MergeInputs, newEvidenceIds, newRelationIds, planMerge } from '../../src/graph/merge-plan';

const KEPT = { id: 'hezbollah', name: 'Hezbollah', kind: 'ARMED_GROUP', aliases: ['Hizbullah'], roles: ['militia'], reviewed: true };
const MERGED = { id: 'hizballah', name: 'Hizballah', kind: 'ARMED_GROUP', aliases: ['Hizbullah', 'Party of God'], roles: ['militia', 'party'], description: 'A Lebanese party.', wikidataId: 'Q41053', reviewed: false };

const attacksIsrael = relationId('ATTACKS', 'hizballah', 'israel', '2006');
const negotiatesIran = relationId('NEGOTIATES_WITH', 'hizballah', 'iran', null);
const loop = relationId('COOPERATES_WITH', 'hezbollah', 'hizballah', null);
const quote = (owner: { relationId?: string; actorId?: string }, start: number): Record<string, unknown> => ({
  id: evidenceId(owner.relationId ?? `actor:${owner.actorId}`, 'doc-1', start, start + 5),
  documentId: 'doc-1',
  quote: 'words',
  start,
  end: start + 5,
  relationId: owner.relationId ?? null,
  actorId: owner.actorId ?? null,
});

const INPUTS: MergeInputs = {
  kept: KEPT,
  merged: MERGED,
  relations: [
    { type: 'ATTACKS', from: 'hizballah', to: 'israel', properties: { id: attacksIsrael, timeText: '2006', documentIds: ['doc-1'] } },
    // Symmetric: stored iran -> hizballah would become hezbollah -> iran (ids sort 'hezbollah' < 'iran').
    { type: 'NEGOTIATES_WITH', from: 'hizballah', to: 'iran', properties: { id: negotiatesIran, timeText: null, documentIds: ['doc-1'] } },
    { type: 'COOPERATES_WITH', from: 'hezbollah', to: 'hizballah', properties: { id: loop, timeText: null, documentIds: ['doc-1'] } },
  ],
  evidence: [quote({ actorId: 'hizballah' }, 0), quote({ relationId: attacksIsrael }, 10), quote({ relationId: negotiatesIran }, 20), quote({ relationId: loop }, 30)],
  mergedDocuments: ['doc-1', 'doc-2'],
  keptDocuments: ['doc-2'],
};
const META = { id: 'merge-1', keptId: 'hezbollah', mergedId: 'hizballah', by: 'curator', at: '2026-12-06T04:00:00.000Z' };

describe('a merge plan', () => {
  it('gives each moved relation the id it would have had with the kept actor, and drops a relation between the two', () => {
    const ids = newRelationIds(INPUTS, 'hezbollah', 'hizballah');
    expect(Object.fromEntries(ids)).toEqual({
      [attacksIsrael]: relationId('ATTACKS', 'hezbollah', 'israel', '2006'),
      [negotiatesIran]: relationId('NEGOTIATES_WITH', 'hezbollah', 'iran', null),
    });
  });

  it("gives each quote it keeps the id it would have had on the kept actor or on its relation's new id, and none to a dropped relation's", () => {
    expect(newEvidenceIds(INPUTS, 'hezbollah', newRelationIds(INPUTS, 'hezbollah', 'hizballah'))).toEqual([
      evidenceId('actor:hezbollah', 'doc-1', 0, 5),
      evidenceId(relationId('ATTACKS', 'hezbollah', 'israel', '2006'), 'doc-1', 10, 15),
      evidenceId(relationId('NEGOTIATES_WITH', 'hezbollah', 'iran', null), 'doc-1', 20, 25),
    ]);
  });

  it('moves, joins and drops as the graph holds, and records it all', () => {
    const joinedId = relationId('NEGOTIATES_WITH', 'hezbollah', 'iran', null);
    const existingQuote = evidenceId(joinedId, 'doc-1', 20, 25);
    const record = planMerge(INPUTS, META, new Set([joinedId]), new Set([existingQuote]));
    expect({ ...record, merged: undefined, loops: record.loops.map((relation) => relation.properties.id), evidence: record.evidence.map(({ properties, ...rest }) => ({ ...rest, start: properties.start })) }).toMatchInlineSnapshot(`
{
  "addedAliases": [
    "Hizballah",
    "Party of God",
  ],
  "addedDocuments": [
    "doc-1",
  ],
  "addedMergedIds": [
    "hizballah",
  ],
  "addedRoles": [
    "party",
  ],
  "evidence": [
    {
      "actorId": "hezbollah",
      "dropped": false,
      "newId": "ev-20e548d6c62f90ac",
      "oldId": "ev-271a688ab71f1b90",
      "relationId": null,
      "start": 0,
    },
    {
      "actorId": null,
      "dropped": false,
      "newId": "ev-338d6e8613c53794",
      "oldId": "ev-8321feb56dc509ae",
      "relationId": "attacks-e2e656eedbad695d",
      "start": 10,
    },
    {
      "actorId": null,
      "dropped": true,
      "newId": "ev-6c970283b50e17ee",
      "oldId": "ev-a2c9a014a8b64a26",
      "relationId": "negotiates_with-d6f58c13b79654de",
      "start": 20,
    },
    {
      "actorId": null,
      "dropped": true,
      "newId": "ev-961027558f67cb23",
      "oldId": "ev-961027558f67cb23",
      "relationId": null,
      "start": 30,
    },
  ],
  "filledDescription": true,
  "filledWikidataId": true,
  "id": "merge-1",
  "keptId": "hezbollah",
  "loops": [
    "cooperates_with-431fca2ac948dd2a",
  ],
  "merged": undefined,
  "mergedAt": "2026-12-06T04:00:00.000Z",
  "mergedBy": "curator",
  "mergedDocuments": [
    "doc-1",
    "doc-2",
  ],
  "mergedId": "hizballah",
  "relations": [
    {
      "from": "hezbollah",
      "joined": false,
      "newId": "attacks-e2e656eedbad695d",
      "oldId": "attacks-e7b490c8539ae217",
      "originalFrom": "hizballah",
      "originalTo": "israel",
      "properties": {
        "documentIds": [
          "doc-1",
        ],
        "id": "attacks-e7b490c8539ae217",
        "timeText": "2006",
      },
      "to": "israel",
      "type": "ATTACKS",
    },
    {
      "from": "hezbollah",
      "joined": true,
      "newId": "negotiates_with-d6f58c13b79654de",
      "oldId": "negotiates_with-5b7b239e84c31679",
      "originalFrom": "hizballah",
      "originalTo": "iran",
      "properties": {
        "documentIds": [
          "doc-1",
        ],
        "id": "negotiates_with-5b7b239e84c31679",
        "timeText": null,
      },
      "to": "iran",
      "type": "NEGOTIATES_WITH",
    },
  ],
}
`);
  });

  it('counts two quotes of the merged actor landing on one id once', () => {
    const twice = { ...INPUTS, evidence: [quote({ actorId: 'hizballah' }, 0), { ...quote({ actorId: 'hizballah' }, 0), id: 'ev-other' }] };
    const record = planMerge(twice, META, new Set(), new Set());
    expect(record.evidence.map((moved) => moved.dropped)).toEqual([false, true]);
  });

  it('refuses another Wikidata item always, and another kind only when both were reviewed', () => {
    expect(mergeConflicts({ kind: 'PERSON', wikidataId: 'Q1' }, { kind: 'PERSON', wikidataId: 'Q2' })).toEqual([{ field: 'wikidataId', kept: 'Q1', merged: 'Q2' }]);
    expect(mergeConflicts({ kind: 'PERSON' }, { kind: 'STATE' })).toEqual([{ field: 'kind', kept: 'PERSON', merged: 'STATE' }]);
    expect(mergeConflicts({ kind: 'PERSON' }, { kind: 'STATE', reviewed: false })).toEqual([]);
    expect(mergeConflicts({ kind: 'PERSON', wikidataId: 'Q1' }, { kind: 'PERSON' })).toEqual([]);
  });

  it("gives the kept actor the merged actor's names, roles, id and missing facts, and takes exactly those back on a split", () => {
    const record = planMerge(INPUTS, META, new Set(), new Set());
    const after = keptActorUpdate(KEPT, record, 'after');
    expect(after).toMatchInlineSnapshot(`
{
  "aliasText": "Hizbullah | Hizballah | Party of God | ",
  "aliases": [
    "Hizbullah",
    "Hizballah",
    "Party of God",
  ],
  "description": "A Lebanese party.",
  "lowerNames": [
    "hezbollah",
    "hizbullah",
    "hizballah",
    "party of god",
  ],
  "mergedIds": [
    "hizballah",
  ],
  "roles": [
    "militia",
    "party",
  ],
  "wikidataId": "Q41053",
}
`);
    const before = keptActorUpdate({ ...KEPT, ...after }, record, 'before');
    expect(before).toEqual({
      aliases: ['Hizbullah'],
      roles: ['militia'],
      mergedIds: null,
      description: null,
      wikidataId: null,
      aliasText: 'Hizbullah | ',
      lowerNames: ['hezbollah', 'hizbullah'],
    });
  });
});

describe('the redirect of a merged id', () => {
  const redirects = followRedirects(
    new Map([
      ['hizballah', 'hezbollah'],
      ['hezbollah', 'hizbollah-lebanon'],
      ['gone', 'also-gone'],
    ]),
    new Map([['hizbollah-lebanon', { kind: 'ARMED_GROUP' as const, wikidataId: 'Q41053' }]]),
  );

  it('follows a chain of merges to the actor that exists, and forgets one that ends nowhere', () => {
    expect(Object.fromEntries(redirects)).toEqual({
      hizballah: { id: 'hizbollah-lebanon', kind: 'ARMED_GROUP', wikidataId: 'Q41053' },
      hezbollah: { id: 'hizbollah-lebanon', kind: 'ARMED_GROUP', wikidataId: 'Q41053' },
    });
  });

  it("writes a merged actor as the kept one, with the kept actor's facts and its quotes' ids", () => {
    const actor: ActorRecord = {
      id: 'hizballah', name: 'Hizballah', kind: 'ORGANIZATION', aliases: [], description: null, roles: [], wikidataId: null, reviewed: true, review: null,
      evidence: [{ id: evidenceId('actor:hizballah', 'doc-1', 0, 9), documentId: 'doc-1', quote: 'Hizballah', start: 0, end: 9 }],
    };
    expect(redirectActor(actor, redirects)).toEqual({
      ...actor,
      id: 'hizbollah-lebanon',
      kind: 'ARMED_GROUP',
      wikidataId: 'Q41053',
      evidence: [{ ...actor.evidence[0], id: evidenceId('actor:hizbollah-lebanon', 'doc-1', 0, 9) }],
    });
    expect(redirectActor({ ...actor, id: 'israel' }, redirects)).toEqual({ ...actor, id: 'israel' });
  });

  it('gives a relation the ids it has with the kept actor, and drops one whose ends became one actor', () => {
    const relation: RelationRecord = {
      id: relationId('NEGOTIATES_WITH', 'hizballah', 'iran', null), type: 'NEGOTIATES_WITH', from: 'hizballah', to: 'iran', time: null, place: null, description: 'talks', reviewed: true, review: null,
      evidence: [{ id: 'ev-old', documentId: 'doc-1', quote: 'talks', start: 3, end: 8 }],
    };
    const moved = redirectRelation(relation, redirects)!;
    const id = relationId('NEGOTIATES_WITH', 'hizbollah-lebanon', 'iran', null);
    expect(moved).toEqual({ ...relation, id, from: 'hizbollah-lebanon', to: 'iran', evidence: [{ ...relation.evidence[0], id: evidenceId(id, 'doc-1', 3, 8) }] });
    expect(redirectRelation({ ...relation, to: 'hezbollah' }, redirects)).toBeNull();
    expect(redirectRelation({ ...relation, from: 'iraq' }, redirects)).toEqual({ ...relation, from: 'iraq' });
  });
});
