/**
 * Limits that refuse an abusive query before it reaches the database: how deep its selections
 * nest, how many aliases it uses, and what it would cost, where a list costs its page size times
 * what each item asks for and a traversal costs by its depth and result limit. (The token count
 * is limited by the parser, the body size by the HTTP server.)
 *
 * They run after validation, with the operation's variables known, and answer 400 with a code of
 * their own: QUERY_TOO_DEEP, TOO_MANY_ALIASES, QUERY_TOO_COMPLEX.
 */
import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { LimitsConfig } from '../config/config';
import { ERROR_CODES, ErrorCode, errorCodeDefinition } from '../errors/error-codes';

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxCost: number;
}

/** Lists whose size no argument states are assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 10;

function operation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
}

/** The deepest nesting of field selections, fragments expanded (each fragment once per path). */
export function selectionDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else if (!visiting.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...visiting, selection.name.value])));
      }
    }
    return deepest;
  };
  return depthOf(operation(document, operationName)?.selectionSet, new Set());
}

/** How many fields in the whole document are aliased. */
export function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node: FieldNode) {
      if (node.alias) count += 1;
    },
  });
  return count;
}

/**
 * What one field costs: 1, plus its items' cost times how many items it can return. It reads
 * numeric arguments only (see `costKey`). Lists are
 * sized by their `first` or `limit` argument (or the configured default and maximum); traversals
 * also pay for each hop.
 */
export function fieldCostEstimator(limits: LimitsConfig) {
  return ({ field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const depth = typeof args.depth === 'number' ? args.depth : typeof args.maxDepth === 'number' ? args.maxDepth : limits.maxTraversalDepth;
    switch (field.name) {
      case 'neighborhood':
        return 1 + depth * 10 + childComplexity * (args.limit ?? limits.maxSubgraphNodes);
      case 'paths':
      case 'allShortestPaths':
        return 1 + depth * 10 + childComplexity * (args.limit ?? limits.maxPaths);
      case 'shortestPath':
        return 1 + depth * 10 + childComplexity;
    }
    if (typeof args.first === 'number') return 1 + childComplexity * args.first;
    if (field.args.some((arg) => arg.name === 'first')) return 1 + childComplexity * limits.defaultPageSize;
    // A connection's edges were sized by its `first` already.
    if (field.name === 'edges') return 1 + childComplexity;
    return 1 + childComplexity * (field.type.toString().startsWith('[') ? ASSUMED_LIST_SIZE : 1);
  };
}

export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, limits: LimitsConfig): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [fieldCostEstimator(limits)] });
}

/**
 * A document's measures, kept with the parsed document: Apollo hands the same parsed document to
 * every request with the same query text, and measuring it again cost half of a small request's
 * GraphQL handling. Bounded per document, since variables make the cost vary.
 */
const MEASURES = new WeakMap<DocumentNode, Map<string, number>>();
const MEASURES_PER_DOCUMENT = 256;

function measured(document: DocumentNode, key: string, measure: () => number): number {
  let measures = MEASURES.get(document);
  if (measures === undefined) MEASURES.set(document, (measures = new Map()));
  let value = measures.get(key);
  if (value === undefined) {
    if (measures.size >= MEASURES_PER_DOCUMENT) measures.clear();
    value = measure();
    measures.set(key, value);
  }
  return value;
}

/**
 * The variables that can change a cost: numbers (page sizes, limits, depths, the only arguments
 * `fieldCostEstimator` reads) and booleans (`@include`, `@skip`). Strings (ids, text) cannot, and
 * are left out so that requests differing only in them share one measure.
 */
function costKey(variables: Record<string, unknown>): string {
  return JSON.stringify(variables, (_key, value: unknown) => (typeof value === 'string' ? undefined : value));
}

function refuse(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: errorCodeDefinition(code).status } } });
}

export function queryLimitsPlugin<TContext extends object>(limits: QueryLimits, config: LimitsConfig): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          const depth = measured(document, `depth ${operationName}`, () => selectionDepth(document, operationName));
          if (depth > limits.maxDepth) {
            throw refuse(ERROR_CODES.QUERY_TOO_DEEP, `query depth ${depth} exceeds the maximum ${limits.maxDepth}`);
          }
          const aliases = measured(document, 'aliases', () => aliasCount(document));
          if (aliases > limits.maxAliases) {
            throw refuse(ERROR_CODES.TOO_MANY_ALIASES, `query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed`);
          }
          const variables = request.variables ?? {};
          const cost = measured(document, `cost ${operationName} ${costKey(variables)}`, () => queryCost(schema, document, variables, operationName ?? undefined, config));
          if (cost > limits.maxCost) {
            throw refuse(
              ERROR_CODES.QUERY_TOO_COMPLEX,
              `query cost ${cost} exceeds the maximum ${limits.maxCost} (a list costs its page size times its items' cost; traversals cost by depth and limit)`,
            );
          }
        },
      };
    },
  };
}
