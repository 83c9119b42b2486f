import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_KINDS, RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
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
