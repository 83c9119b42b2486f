import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_CHARS, LIST_ENTRIES, MAX_ID_CHARS } from '../../src/config/annotation-limits';
import { ACTOR_KINDS, RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { SLUG } from '../../src/loader/annotation.validate';
import { sampleDocument, sampleIds } from '../support/annotations';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'annotation.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('the published JSON Schema of the annotation format', () => {
  it('accepts the seed document and the sample', () => {
    const seed = JSON.parse(readFileSync(join(root, 'seeds', 'iraq-coalition-talks.json'), 'utf8'));
    expect(validate(seed)).toBe(true);
    expect(validate(sampleDocument(sampleIds('s')))).toBe(true);
  });

  it('lists exactly the vocabulary the loader accepts', () => {
    expect(schema.properties.actors.items.properties.kind.enum).toEqual([...ACTOR_KINDS]);
    expect(schema.properties.relations.items.properties.type.enum).toEqual(RELATION_TYPE_NAMES);
  });

  it('refuses an unknown kind, a bad date and an unknown field', () => {
    const doc = sampleDocument(sampleIds('s')) as { actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };
    doc.actors[0].kind = 'ALIEN';
    doc.relations[0].time = 'spring';
    doc.relations[1].colour = 'red';
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual(['/actors/0/kind', '/relations/0/time', '/relations/1']);
  });

  it('states the same size limits as the validator, for every field that has one', () => {
    const document = schema.properties.document.properties;
    const actor = schema.properties.actors.items.properties;
    const relation = schema.properties.relations.items.properties;
    const maxLengths = (properties: Record<string, { maxLength?: number }>): Record<string, number> =>
      Object.fromEntries(Object.entries(properties).flatMap(([name, property]) => (property.maxLength === undefined ? [] : [[name, property.maxLength]])));
    expect(maxLengths(document)).toEqual(FIELD_CHARS.document);
    expect(maxLengths(actor)).toEqual(FIELD_CHARS.actor);
    expect(maxLengths(relation)).toEqual(FIELD_CHARS.relation);
    expect([actor.aliases.items.maxLength, actor.roles.items.maxLength]).toEqual([FIELD_CHARS.alias, FIELD_CHARS.role]);
    expect([actor.aliases.maxItems, actor.roles.maxItems, actor.evidence.maxItems, relation.evidence.maxItems]).toEqual([
      LIST_ENTRIES.aliases,
      LIST_ENTRIES.roles,
      LIST_ENTRIES.evidence,
      LIST_ENTRIES.evidence,
    ]);
    expect([actor.evidence.items.properties.quote.maxLength, relation.evidence.items.properties.quote.maxLength]).toEqual([FIELD_CHARS.quote, FIELD_CHARS.quote]);
    expect([schema.properties.actors.maxItems, schema.properties.relations.maxItems]).toEqual([LIST_ENTRIES.actors, LIST_ENTRIES.relations]);
    for (const pattern of [document.id.pattern, actor.id.pattern, relation.from.pattern, relation.to.pattern]) expect(pattern).toBe(SLUG.source);
    expect(SLUG.test('a'.repeat(MAX_ID_CHARS))).toBe(true);
    expect(SLUG.test('a'.repeat(MAX_ID_CHARS + 1))).toBe(false);
  });

  it('refuses what the validator refuses for size: too many aliases, a name too long', () => {
    const doc = sampleDocument(sampleIds('s')) as { actors: Record<string, unknown>[] };
    doc.actors[0].aliases = Array.from({ length: LIST_ENTRIES.aliases + 1 }, (_, index) => `alias ${index}`);
    doc.actors[1].name = 'n'.repeat(FIELD_CHARS.actor.name + 1);
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`).sort()).toEqual(['/actors/0/aliases maxItems', '/actors/1/name maxLength']);
  });

  it('accepts the marks of a draft (review, confidence, rule) and refuses them out of range', () => {
    const doc = sampleDocument(sampleIds('s')) as { actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };
    Object.assign(doc.actors[0], { review: 'proposed', confidence: 0.5, rule: 'named-entity' });
    Object.assign(doc.relations[0], { review: 'proposed', confidence: 1, rule: 'active-verb' });
    expect(validate(doc)).toBe(true);
    Object.assign(doc.actors[0], { review: 'accepted' });
    Object.assign(doc.relations[0], { confidence: 1.5 });
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual(['/actors/0/review', '/relations/0/confidence']);
  });
});
