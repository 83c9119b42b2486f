/**
 * What a field costs, declared on the field itself with type-graphql's `complexity` option and
 * read by graphql-query-complexity's field-extensions estimator (src/server/query-limits.ts sums
 * them and refuses a query over MAX_QUERY_COST). A field that declares nothing costs 1 plus its
 * items' cost, times ASSUMED_LIST_SIZE when it is a list.
 *
 * The configured limits (default page size, maximum paths...) are known only at start, after the
 * decorators ran; the estimators read them from the `context` the server passes to the measure.
 */
import { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { LimitsConfig } from '../config/config';

/** What the server hands every estimator. */
export interface CostContext {
  readonly limits: LimitsConfig;
}

/** Lists whose size no argument states are assumed to hold this many items. */
export const ASSUMED_LIST_SIZE = 10;

/** A traversal pays this for every hop it may take, besides what it returns. */
const HOP_COST = 10;

/**
 * Text fields by size class. A document's text can be megabytes (thirty aliases of one were
 * 150 MB of answer), a quote a sentence or a paragraph; names and titles are plain fields.
 */
export const LARGE_TEXT_COST = 1_000;
export const MEDIUM_TEXT_COST = 10;

function limitsOf(args: ComplexityEstimatorArgs): LimitsConfig {
  const context = args.context as CostContext | undefined;
  if (context?.limits === undefined) throw new Error('cost estimators need { limits } as their context');
  return context.limits;
}

/**
 * A number argument, never below 0: the resolvers refuse a negative page size or limit, but only
 * after the cost was summed, and a negative factor would make the whole query cheap (one
 * `actors(first: -2147483648)` beside thirty expensive fields passed MAX_QUERY_COST).
 */
function numberArg(args: ComplexityEstimatorArgs, name: string): number | undefined {
  const value: unknown = args.args[name];
  return typeof value === 'number' ? Math.max(0, value) : undefined;
}

/** A list paged by `first`: its page size (or the default) times what each item asks for. */
export const pagedListCost: ComplexityEstimator = (args) => pageCost(args);

function pageCost(args: ComplexityEstimatorArgs): number {
  return 1 + args.childComplexity * (numberArg(args, 'first') ?? limitsOf(args).defaultPageSize);
}

/**
 * A list in an order no index gives (orderBy other than the list's default) sorts every row that
 * matches before it returns a page: as much as a large text, whatever the page size.
 */
export const SORTED_LIST_COST = 1_000;

/** The relation list: a page, and the sort when the order is not by id over more than one actor's relations. */
export const relationListCost: ComplexityEstimator = (args) => {
  const sorted = args.args.orderBy !== undefined && args.args.orderBy !== 'ID' && (args.args.actorId === undefined || args.args.actorId === null);
  return pageCost(args) + (sorted ? SORTED_LIST_COST : 0);
};

/** The actor list: a page, and the sort when it is by degree. */
export const actorListCost: ComplexityEstimator = (args) => pageCost(args) + (args.args.orderBy === 'DEGREE' ? SORTED_LIST_COST : 0);

/** A connection's edges, already sized by the connection's `first`. */
export const edgesCost: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity;

/**
 * A time-respecting path search cannot settle each actor once: a later way to an actor may be the
 * one that continues in time, so it walks trails (see src/graph/traversal.repository.ts).
 */
const TIME_RESPECTING_HOP_FACTOR = 2;

/** What the hops of a traversal cost. */
function hopsCost(args: ComplexityEstimatorArgs): number {
  const hops = numberArg(args, 'depth') ?? numberArg(args, 'maxDepth') ?? limitsOf(args).maxTraversalDepth;
  return hops * HOP_COST * (args.args.timeRespecting === true ? TIME_RESPECTING_HOP_FACTOR : 1);
}

/** A neighbourhood: its hops, and each of the actors it may return (its `limit`, or the maximum). */
export const neighborhoodCost: ComplexityEstimator = (args) =>
  1 + hopsCost(args) + args.childComplexity * (numberArg(args, 'limit') ?? limitsOf(args).maxSubgraphNodes);

/** A list of paths: its hops, and each path it may return (its `limit`, or MAX_PATHS). */
export const pathsCost: ComplexityEstimator = (args) => 1 + hopsCost(args) + args.childComplexity * (numberArg(args, 'limit') ?? limitsOf(args).maxPaths);

/** One path: its hops and the path. */
export const pathCost: ComplexityEstimator = (args) => 1 + hopsCost(args) + args.childComplexity;

/**
 * Drafting runs the extraction rules on the event loop, for a time in proportion to the text: a
 * draft costs its share of MAX_EXTRACT_CHARS times EXTRACT_SHARE_OF_COST of MAX_QUERY_COST, so
 * that one text of the longest length passes, with room for its selection, and two do not,
 * whatever both settings are (by default, one for every 5 characters). The service also bounds
 * the drafts in progress (MAX_CONCURRENT_DRAFTS).
 */
export const EXTRACT_SHARE_OF_COST = 0.8;

export const extractCost: ComplexityEstimator = (args) => {
  const text: unknown = args.args.text;
  const { maxExtractChars, maxQueryCost } = limitsOf(args);
  const textCost = typeof text === 'string' ? Math.ceil((text.length / maxExtractChars) * maxQueryCost * EXTRACT_SHARE_OF_COST) : 0;
  return 1 + args.childComplexity + textCost;
};

/** The cost of a field that declares none (it is neither paged nor a traversal nor large). */
export const undeclaredFieldCost: ComplexityEstimator = ({ field, childComplexity }) =>
  1 + childComplexity * (field.type.toString().startsWith('[') ? ASSUMED_LIST_SIZE : 1);
