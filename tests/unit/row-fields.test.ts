import { graphql, GraphQLResolveInfo, isObjectType } from 'graphql';
import { ACTOR_FIELDS, RELATION_FIELDS, RowFields } from '../../src/graph/read-models';
import { ACTOR_FIELD_NEEDS, connectionRowFields, neededFields, RELATION_FIELD_NEEDS } from '../../src/graphql/row-fields';
import { bareSchema } from '../../src/graphql/schema';

describe('connectionRowFields', () => {
  it('knows every field of Actor and Relation, so that none is read whole for want of an entry', async () => {
    const schema = await bareSchema();
    const fieldsOf = (name: string): string[] => {
      const type = schema.getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
    };
    expect(Object.keys(RELATION_FIELD_NEEDS).filter((name) => name !== '__typename').sort()).toEqual(fieldsOf('Relation'));
    expect(Object.keys(ACTOR_FIELD_NEEDS).filter((name) => name !== '__typename').sort()).toEqual(fieldsOf('Actor'));
  });

  async function rowFields(query: string): Promise<RowFields> {
    const schema = await bareSchema();
    let seen: RowFields | undefined;
    const relations = schema.getQueryType()!.getFields().relations;
    relations.resolve = (_root: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen = connectionRowFields(info);
      return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
    };
    await graphql({ schema, source: query });
    return seen!;
  }

  it('reads what the selected fields are made from, through fragments, and both ends alike', async () => {
    expect(await rowFields('{ relations { edges { node { id type from { name } to { name } } } } }')).toEqual({ relations: [], actors: ['name'] });
    expect(await rowFields('{ relations { edges { node { ...R } } } } fragment R on Relation { time { text } documents { id } from { kind degree } to { ... on Actor { aliases } } }')).toEqual({
      relations: ['timeText', 'timeStart', 'timeEnd', 'documentIds'],
      actors: ['kind', 'aliases'],
    });
  });

  it('reads a whole row for a field it does not know (one added to the schema but not to the tables)', () => {
    expect(neededFields(new Set(['name', 'popularity']), ACTOR_FIELD_NEEDS, ACTOR_FIELDS)).toEqual(ACTOR_FIELDS);
    expect(neededFields(new Set(['place', 'description']), RELATION_FIELD_NEEDS, RELATION_FIELDS)).toEqual(['place', 'description']);
    expect(neededFields(new Set(), RELATION_FIELD_NEEDS, RELATION_FIELDS)).toEqual([]);
  });
});
