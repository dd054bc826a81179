# syntax=docker/dockerfile:1.7
# One image recipe for every Binôme service (apps/<name>/src/main.ts), run with tsx: no build step.
#
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=recruitment -t binome/recruitment .
#
# The build context is the repository root; deploy/docker/service.Dockerfile.dockerignore keeps
# node_modules, .infra, .git and other local state out of it (BuildKit reads <Dockerfile>.dockerignore).
# The image runs as the unprivileged `node` user (uid/gid 1000) and writes only to /tmp (tsx's
# transpile cache), so it works with a read-only root filesystem plus a tmpfs/emptyDir on /tmp.
FROM node:20-bookworm-slim

ARG SERVICE
RUN test -n "$SERVICE" || (echo "build arg SERVICE is required (e.g. --build-arg SERVICE=recruitment)" >&2; exit 1)

WORKDIR /app

# Impact prints its funder report (PDF) with Debian's Chromium (apps/impact/src/modules/reports/pdf-printer.ts
# runs /usr/bin/chromium); no other service needs a browser.
RUN if [ "$SERVICE" = impact ]; then \
      apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
      && rm -rf /var/lib/apt/lists/*; \
    fi

# Dependencies first, so that source edits reuse this layer. tsx is a devDependency: include dev.
COPY package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund && npm cache clean --force

# Then the repository itself (apps, libs, tsconfig path aliases, generated contracts, ...).
# Files stay owned by root: the `node` user can read them but not change them.
COPY . .
RUN test -f "apps/$SERVICE/src/main.ts" || (echo "apps/$SERVICE/src/main.ts not found" >&2; exit 1)
# The gateway serves the react-admin console from dist/apps/console (CONSOLE_DIR): build it here.
RUN if [ "$SERVICE" = gateway ]; then node_modules/.bin/vite build --config apps/console/vite.config.mts --logLevel warn; fi

ENV SERVICE=${SERVICE} \
    NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    GRPC_HOST=0.0.0.0

USER node

# Liveness only (GET /healthz); orchestrators probe /readyz themselves when they need readiness.
# The script reads HTTP_PORT, falling back to the service's default port.
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD ["node", "deploy/docker/healthcheck.mjs", "/healthz"]

# exec: node (through tsx, which forwards SIGTERM/SIGINT) receives the stop signal directly.
CMD ["sh", "-c", "exec node_modules/.bin/tsx apps/$SERVICE/src/main.ts"]
