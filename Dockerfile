# syntax=docker/dockerfile:1
# The portal as an image: the folder `npm run build:standalone` makes, run with plain Node by an
# unprivileged user. Nothing is installed or built when a container starts.
#   docker build -t portal-atendimento .
# docker-compose.yml shows a deployment (PostgreSQL and two portal processes).

ARG NODE_IMAGE=node:20-slim

# The packages, from the lockfile alone: this layer is reused until package-lock.json changes.
# Install scripts wait (prisma's would download engines; postinstall needs the sources), except
# better-sqlite3's, which compiles the driver when no prebuilt binary can be downloaded.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# Node's own headers, so that compiling needs no download.
ENV npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3

# The build: Prisma clients, `next build` with the standalone output, the portal's commands.
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run db:generate && npm run build:standalone

FROM ${NODE_IMAGE} AS runtime
# The server's heap is capped as `npm start` caps it (SERVER_HEAP_MB in scripts/prepare-start.ts).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS=--max-old-space-size=256 \
    PORT=3000 \
    STORAGE_DIR=/app/data/uploads
WORKDIR /app
# The code belongs to root, so the portal's user cannot change what it runs; that user writes
# only the attachments (a volume shared by every process) and Next's cache. npm goes: nothing
# here installs anything.
COPY --from=build /app/.next/standalone ./
RUN groupadd --system portal \
  && useradd --system --gid portal --home-dir /app --no-create-home portal \
  && mkdir -p data/uploads .next/cache \
  && chown -R portal:portal data .next/cache \
  && rm -rf /usr/local/lib/node_modules/npm /usr/local/bin/npm /usr/local/bin/npx
USER portal
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Pending migrations first (on PostgreSQL, processes starting together take turns), then the
# portal's server. The first administrator, once:
#   docker run --rm --env-file portal.env portal-atendimento node admin-create.mjs --cpf … --email …
CMD ["sh", "-c", "node migrate.mjs && exec node server.mjs"]
