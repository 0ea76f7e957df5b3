/**
 * The content collections, one per row of the registry (src/collections/registry.ts), which the
 * content check and the scaffolder also read. Entries refer to each other by id (plain strings);
 * src/collections/references.ts checks that every id exists, so a dangling reference fails the
 * build with the file and field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { collectionNames, registry, rowOf, type CollectionName } from './collections/registry.ts';

// Schema errors in the build read in Norwegian, like the content check's.
z.config(z.locales.no());

type Row<K extends CollectionName> = (typeof registry)[K];
/** The schema the build uses: the row's build schema if it has one (images), else its schema. */
type BuildSchema<K extends CollectionName> = Row<K> extends { buildSchema: (context: SchemaContext) => infer S } ? S : Row<K>['schema'];

/** Each collection keeps its own schema type, so pages get typed entries. */
type Collections = { [K in CollectionName]: ReturnType<typeof defineCollection<BuildSchema<K> & z.ZodType>> };

export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const row = rowOf(name);
    return [name, defineCollection({ loader: glob({ base: `./content/${row.folder}`, pattern: row.pattern }), schema: row.buildSchema ?? row.schema })];
  }),
) as Collections;
