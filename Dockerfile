# One image for every process role: `--role=api` (GraphQL + the admin at /), `--role=worker` (jobs).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
COPY apps/e2e/package.json apps/e2e/
COPY libs/domain/package.json libs/domain/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --parallel=1 && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/domain ./libs/domain
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/api/apps/api/src/main.js", "--role=api"]
