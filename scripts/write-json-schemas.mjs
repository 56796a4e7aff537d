// Writes schemas/*.schema.json, the JSON Schemas editors use to complete and check course files, from the compiled schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/course/json-schemas.js';

const folder = new URL('../schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`${name}.schema.json`, folder), `${JSON.stringify(schema, null, 2)}\n`);
}
