import { getIntrospectionQuery, getNamedType, GraphQLSchema, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, parse } from 'graphql';
import { ARGUMENT_LIMITS } from '../../src/config/annotation-limits';
import { loadConfig } from '../../src/config/config';
import { bareSchema } from '../../src/graphql/schema';
import { measureDocument, oversizedArgument, queryCost } from '../../src/server/query-limits';

/** `count` fragments, each spreading the next twice: about 10 tokens each, 2^count fields once expanded. */
function explodingFragments(count: number): string {
  const fragments = Array.from({ length: count }, (_, index) =>
    index + 1 < count ? `fragment F${index} on Actor { ...F${index + 1} ...F${index + 1} }` : `fragment F${index} on Actor { id name }`,
  );
  return `{ actor(id: "iraq") { ...F0 } } ${fragments.join(' ')}`;
}

describe('query limits', () => {
  const defaults = loadConfig({}).limits;

  it('measures selection depth through fragments and inline fragments', () => {
    expect(measureDocument(parse('{ a { b { c } } }')).depth).toBe(3);
    expect(measureDocument(parse('{ a { ...F } } fragment F on T { b { ... on T { c { d } } } }')).depth).toBe(4);
    expect(measureDocument(parse('query One { a } query Two { a { b } }'), 'Two').depth).toBe(2);
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(measureDocument(parse('{ a { ...F } } fragment F on T { b { ...F } }')).depth).toBe(2);
  });

  it('counts aliases anywhere in the document', () => {
    expect(measureDocument(parse('{ x: a { y: b } c } fragment F on T { z: d }')).aliases).toBe(3);
  });

  it('counts the selections of the document with its fragments expanded', () => {
    expect(measureDocument(parse('{ a { b c } }')).selections).toBe(3);
    // a, the spread, and F's two fields, twice (one spread each).
    expect(measureDocument(parse('{ a { ...F } d: a { ...F } } fragment F on T { b c }')).selections).toBe(2 * (1 + 1 + 2));
  });

  it('measures fragments that double at every level once each, in time linear in the document', () => {
    // Walking every spread again takes 2^40 steps; this must end at once, with the true numbers.
    const measures = measureDocument(parse(explodingFragments(40)));
    expect(measures.depth).toBe(2);
    expect(measures.selections).toBeGreaterThan(2 ** 40);
    expect(measures.selections).toBeGreaterThan(defaults.maxExpandedSelections);
  });

  it('measures introspection apart: the standard introspection query, with every option, has no depth of its own', () => {
    const standard = parse(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    const measures = measureDocument(standard);
    expect(measures.depth).toBe(0);
    expect(measures.aliases).toBe(0);
    expect(measures.introspectionDepth).toBe(15);
    expect(measures.introspectionDepth).toBeLessThanOrEqual(defaults.maxIntrospectionDepth);
    expect(measures.selections).toBeLessThanOrEqual(defaults.maxExpandedSelections);
    expect(measureDocument(parse('{ actor(id: "x") { id } __type(name: "Actor") { fields { type { ofType { name } } } } }'))).toMatchObject({
      depth: 2,
      introspectionDepth: 5,
    });
  });

  describe('cost, declared on the fields', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await bareSchema();
    });
    const cost = (query: string, variables: Record<string, unknown> = {}): number => queryCost(schema, parse(query), variables, undefined, defaults);

    it('costs a list by its page size and a traversal by its hops and limit', () => {
      expect(cost('{ actors(first: 10) { edges { node { id name } } } }')).toBe(1 + 10 * 4);
      expect(cost('query($n: Int) { actors(first: $n) { totalCount } }', { n: 7 })).toBe(1 + 7 * 1);
      expect(cost('{ actors { totalCount } }')).toBe(1 + defaults.defaultPageSize);
      expect(cost('{ neighborhood(actorId: "x", depth: 2, limit: 30) { nodes { id } } }')).toBe(1 + 2 * 10 + 30 * (1 + 10 * 1));
      expect(cost('{ shortestPath(from: "a", to: "b", maxDepth: 3) { length } }')).toBe(1 + 3 * 10 + 1);
      expect(cost('{ paths(from: "a", to: "b", maxDepth: 2, limit: 4) { length } }')).toBe(1 + 2 * 10 + 4 * 1);
      expect(cost('{ shortestPath(from: "a", to: "b", maxDepth: 3, timeRespecting: true) { length } }')).toBe(1 + 3 * 10 * 2 + 1);
      // A list in an order no index gives sorts all that match, one actor's relations aside.
      expect(cost('{ relations(first: 5, orderBy: TIME) { totalCount } }')).toBe(1 + 5 * 1 + 1_000);
      expect(cost('{ relations(first: 5, orderBy: ID) { totalCount } }')).toBe(1 + 5 * 1);
      expect(cost('{ relations(first: 5, orderBy: EVIDENCE_COUNT, actorId: "x") { totalCount } }')).toBe(1 + 5 * 1);
      expect(cost('{ actors(first: 5, orderBy: DEGREE) { totalCount } }')).toBe(1 + 5 * 1 + 1_000);
      expect(cost('{ actors(first: 5) { totalCount } }')).toBe(1 + 5 * 1);
      expect(cost('query($t: Boolean) { paths(from: "a", to: "b", maxDepth: 2, limit: 4, timeRespecting: $t) { length } }', { t: true })).toBe(1 + 2 * 10 * 2 + 4 * 1);
    });

    it('costs text fields by their size class: a document text is large, a quote medium', () => {
      expect(cost('{ document(id: "d") { title } }')).toBe(1 + 1);
      expect(cost('{ document(id: "d") { text } }')).toBe(1 + 1_000);
      expect(cost('{ relation(id: "r") { evidence { quote } } }')).toBe(1 + (1 + 10 * 10));
    });

    it('costs the most central actors by their page size, like other lists', () => {
      expect(cost('{ stats { mostCentral(first: 100) { score } } }')).toBe(1 + (1 + 100 * 1));
      expect(cost('{ stats { mostCentral { score } } }')).toBe(1 + (1 + 10 * 1));
    });

    it('never lets a negative page size or limit make a query cheaper', () => {
      const expensive = '{ documents(first: 40) { edges { node { text } } } }';
      expect(cost(expensive)).toBe(1 + 40 * (1 + (1 + 1_000)));
      // The resolvers refuse a negative first, but only after the cost was summed: it must count as nothing, not subtract.
      expect(cost(`{ ${expensive.slice(2, -2)} cheap: actors(first: -2147483647) { totalCount } }`)).toBe(cost(expensive) + 1);
      expect(cost('{ paths(from: "a", to: "b", maxDepth: -4, limit: -50) { length } }')).toBe(1);
    });

    it('costs a draft in proportion to its text: one of MAX_EXTRACT_CHARS passes, two do not', () => {
      const draft = 'query($text: String!) { extractDocument(text: $text) { warnings } }';
      expect(cost(draft, { text: 'x'.repeat(5) })).toBe(1 + 1 + 1);
      expect(cost(draft, { text: 'x'.repeat(1_000) })).toBe(1 + 1 + 200);
      const longest = 'x'.repeat(defaults.maxExtractChars);
      expect(cost(draft, { text: longest })).toBe(1 + 1 + 40_000);
      expect(cost(draft, { text: longest })).toBeLessThanOrEqual(defaults.maxQueryCost);
      const twice = 'query($text: String!) { a: extractDocument(text: $text) { warnings } b: extractDocument(text: $text) { warnings } }';
      expect(cost(twice, { text: longest })).toBeGreaterThan(defaults.maxQueryCost);
    });

    it('costs introspection nothing: it is bounded by its own depth', () => {
      expect(cost(getIntrospectionQuery())).toBe(0);
    });
  });

  describe('the sizes of arguments', () => {
    it('has a limit for every string, id and list argument of the schema, or a check where it is read', async () => {
      const schema = await bareSchema();
      // Free text checked by its resolver (MAX_SEARCH_CHARS, MAX_EXTRACT_CHARS), the mutations' inputs by the loader's validator,
      // and a review decision's fields by the rules of deciding (review-decisions.ts, FIELD_CHARS and LIST_ENTRIES).
      const checkedWhereRead = [
        'Query.actors(search)',
        'Query.search(text)',
        'Query.searchEvidence(text)',
        'Query.extractDocument(text)',
        'Mutation.upsertActor(input)',
        'Mutation.upsertRelation(input)',
        'Mutation.ingestDocument(document)',
        'Mutation.createReviewDraft(text)',
        'Mutation.submitReviewDraft(draft)',
        'Mutation.reviewActor(input)',
        'Mutation.reviewRelation(input)',
        'Mutation.addReviewActor(input)',
        'Mutation.addReviewRelation(input)',
        'Mutation.finishReviewDraft(input)',
      ];
      const unlimited = Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .flatMap((type) => Object.values(type.getFields()).flatMap((field) => field.args.map((arg) => ({ name: `${type.name}.${field.name}(${arg.name})`, arg }))))
        .filter(({ arg }) => {
          const type = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
          const named = getNamedType(type);
          // Enums, numbers and booleans are bounded by their type.
          return isListType(type) || isInputObjectType(named) || (isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name));
        })
        .filter(({ name, arg }) => ARGUMENT_LIMITS[arg.name] === undefined && !checkedWhereRead.includes(name) && !name.startsWith('__'))
        .map(({ name }) => name);
      expect(unlimited).toEqual([]);
    });

    it('refuses the first argument over its limit, literal or variable, naming it', () => {
      expect(oversizedArgument(parse('{ actor(id: "abc") { id } }'), {})).toBeUndefined();
      expect(oversizedArgument(parse(`{ actor(id: "${'a'.repeat(129)}") { id } }`), {})?.message).toBe('id: expected at most 128 characters, found 129');
      const refusal = oversizedArgument(parse('query($t: [RelationType!]) { a: relations { totalCount } b: relations(types: $t) { totalCount } }'), { t: Array(101).fill('ATTACKS') });
      expect(refusal?.message).toBe('types: expected at most 100 entries, found 101');
      expect(refusal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types' });
      // Inside fragments too, and lists given as one value count as one entry.
      expect(oversizedArgument(parse(`{ actor(id: "x") { ...F } } fragment F on Actor { relations(after: "${'c'.repeat(9_047)}") { totalCount } }`), {})?.message).toBe(
        'after: expected at most 9046 characters, found 9047',
      );
      expect(oversizedArgument(parse('{ relations(types: ATTACKS) { totalCount } }'), {})).toBeUndefined();
    });
  });
});

