# The service with its parser; Neo4j comes from docker-compose.yml (or any Neo4j 5 named by NEO4J_URI).
# The parser (Stanford CoreNLP and its English models, about 480 MB of jars from Maven Central) is
# fetched here, when the image is built, so the running container needs no Maven and no network:
# the service starts it on the container's loopback, as `npm start` does, and it lives as long as
# the service. Without it (LOCAL_PARSER=false and no PARSER_URL) drafting answers PARSER_UNAVAILABLE.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# The build needs the sources, copied below, so the install does not build (prepare) yet.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build \
  && node dist/src/parser/local-parser.cli.js --prepare-only \
  && npm prune --omit=dev

FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/.parser ./.parser
# The parser's launcher sources: the service checks its jars against them, and finds them built.
COPY src/parser/launcher/pom.xml ./src/parser/launcher/pom.xml
COPY src/parser/launcher/src ./src/parser/launcher/src
COPY package.json ./
COPY seeds ./seeds
EXPOSE 4000
USER node
CMD ["node", "dist/src/main.js"]
