import { type DocumentNode, Kind, type OperationDefinitionNode, print, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../apps/server/src/graphql/schema.js';
import { createTestApp, type TestApp } from '../../apps/server/src/testing/test-app.js';
import * as webDocuments from '../../apps/web/src/gql/graphql.js';

/** Every operation the web app sends, as generated from its sources. */
const operations = Object.entries(webDocuments)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
  .map(([name, value]) => {
    const document = value as DocumentNode;
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )!;
    const takesFirst = operation.variableDefinitions?.some((variable) => variable.variable.name.value === 'first');
    return { name, document, source: print(document), variables: takesFirst ? { first: 100 } : {} };
  });

describe("the web app's operations against the server's limits", () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    cookie = await t.signInAs('admin');
  });
  afterAll(async () => t?.close());

  it('finds the generated operations', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('$name is valid against the server schema', ({ document }) => {
    expect(validate(buildSchema(), document).map((error) => error.message)).toEqual([]);
  });

  it.each(operations)(
    '$name passes depth, alias, token and cost limits at the largest page',
    async ({ source, variables }) => {
      const result = await t.graphql(source, variables, { cookie });
      const limitErrors = (result.errors ?? []).filter((error) =>
        /syntax error|query validation error|limit of/i.test(error.message),
      );
      expect(limitErrors).toEqual([]);
    },
  );
});
