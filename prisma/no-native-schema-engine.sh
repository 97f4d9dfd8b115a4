#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here.
# `prisma generate` only checks that this file exists; migrations go through
# @prisma/schema-engine-wasm (see lib/db/migrations.ts and `npm run db:migrate`).
echo "The native Prisma schema engine is not used in this project: run npm run db:migrate / db:diff instead." >&2
exit 1
