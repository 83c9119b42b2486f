/**
 * Compiled execution of repeated queries (graphql-jit), under Apollo Server. graphql-js walks a
 * document's selection for every request, calling a resolver and completing a value for every
 * field of every edge; graphql-jit turns a document into one JavaScript function once, and runs it
 * for each request after.
 *
 * It sits where Apollo Server lets an executor replace graphql-js's: the gateway's executor, which
 * Apollo calls after it has parsed, validated and resolved the operation (so the query limits of
 * `didResolveOperation` have run) and whose result it formats as its own (so errors still pass
 * `didEncounterErrors` and the one error formatter). A document is compiled on its second
 * request, not its first: a document sent once (a client's ad hoc query, a hostile one) costs no
 * compilation, and the compiled function lives as long as Apollo's cache keeps the parsed
 * document it is keyed by. Mutations, subscriptions, documents the compiler refuses, and
 * documents that select an interface or a union run through graphql-js as before: type-graphql
 * makes every `resolveType` asynchronous, and graphql-jit takes its promise for the type (so
 * `node(id)` answered null). A resolver's error comes back from graphql-jit without the
 * `extensions` object graphql-js always gives it, which Apollo reads before our formatter: it is
 * made again as graphql-js makes it (else a busy database answered INTERNAL_SERVER_ERROR).
 */
import { ApolloServerOptionsWithGateway } from '@apollo/server';
import { BREAK, DocumentNode, execute, ExecutionResult, getNamedType, GraphQLError, GraphQLSchema, isAbstractType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** A document is compiled when it comes for this time: a document sent once costs no compilation. */
const COMPILED_FROM_RUN = 2;

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];

/** Per parsed document: how often it was run, and each operation's compiled form once it has one. */
interface Seen {
  runs: number;
  readonly compiled: Map<string, CompiledQuery | null>;
}

/** The executor for `schema`, as a gateway that serves that schema. */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  // Keyed by the parsed document Apollo keeps in its document cache: a document it drops is forgotten here too.
  const seen = new WeakMap<DocumentNode, Seen>();
  const compiledFor = (document: DocumentNode, operationName: string | null, isQuery: boolean): CompiledQuery | null => {
    let entry = seen.get(document);
    if (entry === undefined) {
      entry = { runs: 0, compiled: new Map() };
      seen.set(document, entry);
    }
    entry.runs += 1;
    if (!isQuery || entry.runs < COMPILED_FROM_RUN) return null;
    const name = operationName ?? '';
    if (!entry.compiled.has(name)) {
      const compiled = selectsAbstractType(schema, document) ? null : compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      // A document the compiler cannot take runs through graphql-js, which reports its errors as before.
      entry.compiled.set(name, compiled !== null && isCompiledQuery(compiled) ? compiled : null);
    }
    return entry.compiled.get(name) ?? null;
  };
  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    async load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async ({ document, operationName, operation, context, request }): Promise<ExecutionResult> => {
          const compiled = compiledFor(document, operationName, operation.operation === 'query');
          if (compiled === null) return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
          const result = await compiled.query(undefined, context, request.variables ?? {});
          return result.errors === undefined ? result : { ...result, errors: result.errors.map(asGraphQLJsError) };
        },
      };
    },
    async stop() {},
  };
}

/** Whether any field the document selects has an interface or a union type. */
function selectsAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type !== null && isAbstractType(getNamedType(type))) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/** A resolver's error as graphql-js makes it: the same message, path, locations and cause, and `extensions` always an object. */
export function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (error.extensions !== undefined) return error;
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-jit gives the locations without the nodes graphql-js computes them from.
  Object.assign(made, { locations: error.locations });
  return made;
}
