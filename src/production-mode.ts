/**
 * Imported first by the service's entry point, before any module reads it: unless NODE_ENV says
 * otherwise, the service runs in production mode. graphql-js checks every type test with a slow
 * cross-realm `instanceOf` outside production, about a tenth of the CPU of a large response.
 * (Apollo's choices that also follow NODE_ENV, such as introspection, are set explicitly.)
 */
process.env.NODE_ENV ??= 'production';
