/**
 * Limits that refuse an abusive query before it reaches the database: how many selections it has
 * once its fragments are expanded, how deep they nest, how many aliases it uses, and what it would
 * cost. Costs are declared on the fields (src/graphql/cost.ts) and summed here by
 * graphql-query-complexity. (The token count is limited by the parser, the body size by the HTTP
 * server, the answer's size by src/server/response-limit.ts.)
 *
 * Every measure here is linear in the document: each fragment is measured once and its measure
 * reused at every spread, so 23 fragments each spreading the next twice (2^23 selections once
 * expanded) are measured in 23 steps and refused, before the complexity library, which expands
 * every spread, ever sees them. Introspection (`__schema`, `__type`) is measured apart: it has a
 * depth limit of its own that the standard introspection query passes, and costs nothing.
 *
 * They run after validation, with the operation's variables coerced first (a bad value is the
 * client's BAD_USER_INPUT, not a fault), and answer 400 with a code of their own: QUERY_TOO_DEEP,
 * TOO_MANY_ALIASES, QUERY_TOO_COMPLEX. The arguments' sizes (ARGUMENT_LIMITS: ids, cursors, dates,
 * lists) are checked here too, for every field of the document, so a megabyte id is refused with
 * BAD_USER_INPUT naming the argument before any resolver could send it to the database.
 */
import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getVariableValues,
  ArgumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  TypeNode,
  ValueNode,
  visit,
} from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { isNativeError } from 'node:util/types';
import { ARGUMENT_LIMITS, argumentSizeProblem } from '../config/annotation-limits';
import { LimitsConfig } from '../config/config';
import { ERROR_CODES, ErrorCode, errorCodeDefinition } from '../errors/error-codes';
import { CostContext, LARGE_TEXT_COST, MEDIUM_TEXT_COST, undeclaredFieldCost } from '../graphql/cost';
import { MeasureCache } from './measure-cache';

export interface DocumentMeasures {
  /** Deepest nesting of field selections outside introspection, fragments expanded. */
  readonly depth: number;
  /** Deepest nesting under `__schema` or `__type`, counting that field. */
  readonly introspectionDepth: number;
  /** Aliased fields in the whole document, as written. */
  readonly aliases: number;
  /** Selections (fields, spreads, inline fragments) once every spread is replaced by its fragment. */
  readonly selections: number;
}

interface SelectionMeasures {
  readonly depth: number;
  readonly introspectionDepth: number;
  readonly selections: number;
}

const NOTHING: SelectionMeasures = { depth: 0, introspectionDepth: 0, selections: 0 };
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function operation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
}

/**
 * The measures of one operation (the first without a name), each fragment measured once per
 * mode (inside introspection or not). A fragment that spreads itself, which validation refuses
 * anyway, counts nothing the second time instead of looping.
 */
export function measureDocument(document: DocumentNode, operationName?: string | null): DocumentMeasures {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const measured = new Map<string, SelectionMeasures>();
  const visiting = new Set<string>();

  const measureFragment = (name: string, inIntrospection: boolean): SelectionMeasures => {
    const key = `${inIntrospection ? 'i' : 'q'} ${name}`;
    const known = measured.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (fragment === undefined || visiting.has(key)) return NOTHING;
    visiting.add(key);
    const measures = measureSet(fragment.selectionSet, inIntrospection);
    visiting.delete(key);
    measured.set(key, measures);
    return measures;
  };

  // In introspection, `depth` is the introspection depth; outside, introspection fields report theirs apart.
  const measureSet = (selectionSet: SelectionSetNode | undefined, inIntrospection: boolean): SelectionMeasures => {
    if (!selectionSet) return NOTHING;
    let depth = 0;
    let introspectionDepth = 0;
    let selections = 0;
    for (const selection of selectionSet.selections) {
      let inner: SelectionMeasures;
      if (selection.kind === Kind.FIELD) {
        if (!inIntrospection && INTROSPECTION_ROOTS.has(selection.name.value)) {
          const below = measureSet(selection.selectionSet, true);
          introspectionDepth = Math.max(introspectionDepth, 1 + below.depth);
          selections += 1 + below.selections;
          continue;
        }
        const below = measureSet(selection.selectionSet, inIntrospection);
        inner = { depth: 1 + below.depth, introspectionDepth: below.introspectionDepth, selections: 1 + below.selections };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const below = measureSet(selection.selectionSet, inIntrospection);
        inner = { ...below, selections: 1 + below.selections };
      } else {
        const below = measureFragment(selection.name.value, inIntrospection);
        inner = { ...below, selections: 1 + below.selections };
      }
      depth = Math.max(depth, inner.depth);
      introspectionDepth = Math.max(introspectionDepth, inner.introspectionDepth);
      selections += inner.selections;
    }
    return { depth, introspectionDepth, selections };
  };

  const measures = measureSet(operation(document, operationName)?.selectionSet, false);
  return { ...measures, aliases: aliasCount(document) };
}

/** How many fields in the whole document are aliased. */
function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node: FieldNode) {
      if (node.alias) count += 1;
    },
  });
  return count;
}

/** Introspection is bounded by its depth and by the answer's size; it costs nothing here. */
const introspectionCost: ComplexityEstimator = ({ field, type }) => (field.name.startsWith('__') || type.name.startsWith('__') ? 0 : undefined);

/**
 * The sum of the costs the fields declare (src/graphql/cost.ts). Call it only on a document whose
 * expanded size was checked: the library expands every spread.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, limits: LimitsConfig): number {
  const context: CostContext = { limits };
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    context,
    estimators: [introspectionCost, fieldExtensionsEstimator(), undeclaredFieldCost],
    // Never reached after the check of the expanded size; the library's own guard, above ours.
    maxQueryNodes: limits.maxExpandedSelections + 1,
  });
}

/**
 * The variables that can change a cost: those declared `Int` (page sizes, limits, depths, the only
 * numbers the field costs read) or `Boolean` (`@include`, `@skip`), with their coerced values.
 * Others (ids, text, lists, inputs) cannot, and variables the operation does not declare are
 * ignored by GraphQL altogether: neither enters the key, so they cost no memory.
 */
function costKey(declared: OperationDefinitionNode | undefined, coerced: Record<string, unknown>): string {
  const relevant = (declared?.variableDefinitions ?? [])
    .filter((definition) => ['Int', 'Boolean'].includes(scalarName(definition.type) ?? ''))
    .map((definition) => coerced[definition.variable.name.value] ?? null);
  return JSON.stringify(relevant);
}

/** The scalar a variable holds, when it is a plain (not list) type. */
function scalarName(type: TypeNode): string | undefined {
  if (type.kind === Kind.NON_NULL_TYPE) return scalarName(type.type);
  return type.kind === Kind.NAMED_TYPE ? type.name.value : undefined;
}

function refuse(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: errorCodeDefinition(code).status } } });
}

/**
 * An argument of a document that has a size limit (ARGUMENT_LIMITS), in document order: a literal
 * value is kept only when it is over its limit (it is refused on every request), a variable is
 * measured on each request.
 */
type ArgumentCheck = { readonly argument: string } & ({ readonly literal: unknown } | { readonly variable: string });

/** The checks of each parsed document; Apollo keeps one parsed document per query text, so a document is walked once. */
const argumentChecksOf = new WeakMap<DocumentNode, readonly ArgumentCheck[]>();

function argumentChecks(document: DocumentNode): readonly ArgumentCheck[] {
  let checks = argumentChecksOf.get(document);
  if (checks === undefined) {
    const found: ArgumentCheck[] = [];
    visit(document, {
      Argument(node: ArgumentNode) {
        const argument = node.name.value;
        if (ARGUMENT_LIMITS[argument] === undefined) return;
        if (node.value.kind === Kind.VARIABLE) {
          found.push({ argument, variable: node.value.name.value });
        } else {
          const literal = argumentValue(node.value);
          if (sizeRefusal(argument, literal) !== undefined) found.push({ argument, literal });
        }
      },
    });
    checks = found;
    argumentChecksOf.set(document, checks);
  }
  return checks;
}

/** The refusal of an argument's value over its limit (the one definition, argumentSizeProblem); undefined when it is within. */
function sizeRefusal(argument: string, value: unknown): GraphQLError | undefined {
  const problem = argumentSizeProblem(argument, value);
  return problem === null ? undefined : refuse(ERROR_CODES.BAD_USER_INPUT, `${argument}: ${problem}`, { argument });
}

/**
 * The first argument anywhere in the document over its limit (ARGUMENT_LIMITS), as a refusal that
 * names it; undefined when all are within. Literal values and variables are both measured: a
 * literal string is one token however long. The document is walked once (see `argumentChecks`);
 * a request measures only the variables that such arguments take.
 */
export function oversizedArgument(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | undefined {
  for (const check of argumentChecks(document)) {
    const refusal = sizeRefusal(check.argument, 'variable' in check ? variables[check.variable] : check.literal);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

/** A literal argument's value as far as its size goes: a string, a list (its entries unread), or undefined. */
function argumentValue(node: ValueNode): unknown {
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

/**
 * What the complexity library threw, as the client's error. It coerces each field's arguments
 * itself, and graphql's coercion throws (with the argument's node) where validation let a value
 * pass: a variable declared `Int` and sent as null, for an `Int! = 1` argument, is the client's
 * BAD_USER_INPUT. Anything else the library objects to is the query's doing: QUERY_TOO_COMPLEX,
 * with the library's message. Never a 500.
 */
export function measureFailure(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && error.nodes !== undefined) return refuse(ERROR_CODES.BAD_USER_INPUT, error.message);
  return refuse(ERROR_CODES.QUERY_TOO_COMPLEX, `the cost of the query cannot be measured: ${isNativeError(error) ? error.message : String(error)}`);
}

/**
 * The measures of each parsed document, by operation. They do not depend on variables, and Apollo
 * keeps one parsed document per query text (its document store, bounded), so a query is measured
 * once while Apollo keeps it, and its measures go when it does.
 */
const measuresOf = new WeakMap<DocumentNode, Map<string, DocumentMeasures>>();

function documentMeasures(document: DocumentNode, operationName: string | null | undefined): DocumentMeasures {
  let byOperation = measuresOf.get(document);
  if (byOperation === undefined) {
    byOperation = new Map();
    measuresOf.set(document, byOperation);
  }
  let measures = byOperation.get(operationName ?? '');
  if (measures === undefined) {
    measures = measureDocument(document, operationName);
    byOperation.set(operationName ?? '', measures);
  }
  return measures;
}

/** The measure cache of the running plugins, for tests and metrics: its bytes, against MEASURE_CACHE_BYTES. */
export interface QueryLimitsPlugin<TContext extends object> extends ApolloServerPlugin<TContext> {
  readonly measureCacheBytes: () => number;
}

export function queryLimitsPlugin<TContext extends object>(limits: LimitsConfig): QueryLimitsPlugin<TContext> {
  const cache = new MeasureCache(limits.measureCacheBytes);
  return {
    measureCacheBytes: () => cache.size(),
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName, queryHash, operation: resolved }) {
          const { selections, depth, introspectionDepth, aliases } = documentMeasures(document, operationName);
          if (selections > limits.maxExpandedSelections) {
            throw refuse(
              ERROR_CODES.QUERY_TOO_COMPLEX,
              `query has ${selections > 1e15 ? 'more than 10^15' : selections} selections once its fragments are expanded; at most ${limits.maxExpandedSelections} are allowed`,
            );
          }
          if (depth > limits.maxQueryDepth) {
            throw refuse(ERROR_CODES.QUERY_TOO_DEEP, `query depth ${depth} exceeds the maximum ${limits.maxQueryDepth}`);
          }
          if (introspectionDepth > limits.maxIntrospectionDepth) {
            throw refuse(ERROR_CODES.QUERY_TOO_DEEP, `introspection depth ${introspectionDepth} exceeds the maximum ${limits.maxIntrospectionDepth}`);
          }
          if (aliases > limits.maxAliases) {
            throw refuse(ERROR_CODES.TOO_MANY_ALIASES, `query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed`);
          }
          const variables = request.variables ?? {};
          const coerced = getVariableValues(schema, resolved?.variableDefinitions ?? [], variables, { maxErrors: 1 });
          if (coerced.errors) {
            throw refuse(ERROR_CODES.BAD_USER_INPUT, coerced.errors[0].message);
          }
          const oversized = oversizedArgument(document, coerced.coerced);
          if (oversized) throw oversized;
          // The cost depends on variables too: one entry a query text, operation and cost-relevant variables.
          const cost = cache.get(`cost ${queryHash} ${operationName ?? ''} ${costKey(resolved, coerced.coerced)}`, () => {
            try {
              return queryCost(schema, document, variables, operationName ?? undefined, limits);
            } catch (error) {
              throw measureFailure(error);
            }
          });
          if (cost > limits.maxQueryCost) {
            throw refuse(
              ERROR_CODES.QUERY_TOO_COMPLEX,
              `query cost ${cost} exceeds the maximum ${limits.maxQueryCost} (a list costs its page size times its items' cost; traversals cost by depth and limit; a document's text ${LARGE_TEXT_COST}, a quote ${MEDIUM_TEXT_COST}, a draft by the length of its text)`,
            );
          }
        },
      };
    },
  };
}

