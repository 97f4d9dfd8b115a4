/** `node admin-create.mjs --cpf … --email …` in the standalone folder: scripts/admin-create.ts there. */
import "./in-own-folder";
import "../admin-create";
