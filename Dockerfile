# syntax=docker/dockerfile:1
# One image per service, from the compiled output of scripts/build-services.mjs:
#
#   docker build --build-arg SERVICE=evaluation -t jenjang/evaluation:0.1.0 .
#   docker build --target toolbox -t jenjang/toolbox:0.1.0 .   # CLIs, topics job, dev keys
#
# SERVICE is one of the folders of services/ (evaluation, competency, training, career-planning,
# notification, portal; the portal's image also holds its built single-page app in
# /app/dist/portal-web: PORTAL_WEB_DIR). The runtime image holds Node, the production dependencies, the service's built
# JavaScript and nothing else (no TypeScript, no dev dependencies, no other service), runs as the
# unprivileged `node` user and answers its HEALTHCHECK on /health/ready.
# No container engine runs on the development machines: scripts/image-stage.mjs runs the same
# steps outside a container, and scripts/test/integration/image.int-spec.ts starts a service
# from the result and asks its health endpoints.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

# Only the package manifests, so the dependency layers below are rebuilt when a package.json or
# the lockfile changes, not when a source file does.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
  && find . -depth -type d -empty -delete

# Every dependency, for the build (SWC) and the toolbox.
# Not `npm ci`: npm >= 11.16 rejects this lockfile over an optional platform package
# (npm/cli#9846, see scripts/env.sh); `npm install --no-save` installs the locked versions.
FROM ${NODE_IMAGE} AS build-deps
WORKDIR /app
COPY --from=manifests /app ./
RUN npm install --no-save --no-audit --no-fund --loglevel=error

# Production dependencies only. Install scripts are not needed by any of them (@scarf/scarf's is
# telemetry, protobufjs's a version notice). The workspace links (node_modules/@jenjang/*) go:
# the build compiles the libraries into the service's folder. Every service gets a
# node_modules folder of its own (empty unless it has packages of its own, like notification's
# nodemailer), so the runtime stage can copy it whichever service it is.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY --from=manifests /app ./
RUN npm install --omit=dev --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
  && rm -rf node_modules/@jenjang \
  && for dir in services/*/; do mkdir -p "${dir}node_modules"; done

FROM build-deps AS build
ARG SERVICE=evaluation
COPY . .
# The portal's single-page app (Vite) too; every image gets the folder, empty but the portal's.
RUN node scripts/build-services.mjs "${SERVICE}" \
  && mkdir -p dist/portal-web \
  && if [ "${SERVICE}" = portal ]; then node services/portal/web/build-web.mjs; fi

# The repository with every dependency: `jenjang` CLI, dev-token, the topics job
# (node scripts/infra.mjs up against KAFKA_BROKERS/MONGODB_URI), seeds. Development only.
FROM build AS toolbox
ENV NODE_OPTIONS="--disable-warning=TimeoutNegativeWarning"
CMD ["npm", "run", "jenjang", "--", "--help"]

FROM ${NODE_IMAGE} AS runtime
ARG SERVICE=evaluation
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="jenjang-${SERVICE}" \
  org.opencontainers.image.description="Jenjang ${SERVICE} service (ASN career management, NestJS + Kafka)" \
  org.opencontainers.image.version="${VERSION}" \
  org.opencontainers.image.revision="${REVISION}" \
  org.opencontainers.image.created="${CREATED}" \
  org.opencontainers.image.source="https://github.com/jenjang/jenjang" \
  org.opencontainers.image.licenses="UNLICENSED" \
  org.opencontainers.image.vendor="Jenjang"
ENV NODE_ENV=production \
  NODE_OPTIONS="--enable-source-maps --max-semi-space-size=4 --max-old-space-size=128 --disable-warning=TimeoutNegativeWarning" \
  KAFKAJS_NO_PARTITIONER_WARNING=1
WORKDIR /app
# The same layout as in the repository: the built service's relative link to its own packages
# (dist/services/<s>/services/<s>/node_modules → services/<s>/node_modules) resolves here too.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/services/${SERVICE}/node_modules ./services/${SERVICE}/node_modules
COPY --from=build /app/dist/services/${SERVICE} ./dist/services/${SERVICE}
COPY --from=build /app/dist/portal-web ./dist/portal-web
# Read-only code; the service writes nothing to its own folder.
USER node
WORKDIR /app/dist/services/${SERVICE}
# One port for every image (a service's own default, 3001 … 3005, is for the host); compose and
# Kubernetes may set another PORT. Operational endpoints (/health/ready, /metrics, /docs) answer
# on MANAGEMENT_PORT when it is set (Kubernetes: 9464), else on PORT outside production
# (docs/security.md); /health/live answers everywhere. The check asks readiness where it is
# served, and liveness where readiness is hidden (404).
ENV PORT=3000
EXPOSE 3000 9464
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "const e=process.env,u='http://127.0.0.1:';fetch(u+(e.MANAGEMENT_PORT||e.PORT)+'/health/ready').then(r=>r.status===404&&!e.MANAGEMENT_PORT?fetch(u+e.PORT+'/health/live'):r).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself (the service drains and leaves its group).
CMD ["node", "."]
