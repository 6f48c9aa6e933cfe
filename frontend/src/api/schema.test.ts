import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/api/schema';
import type { LecternDocument } from '@/features/library/api/documents';
import type { Role } from '@/lib/roles';

interface PropertySchema {
  type?: string | string[];
  $ref?: string;
  anyOf?: PropertySchema[];
}

interface ObjectSchema {
  properties: Record<string, PropertySchema>;
  required?: string[];
}

// The committed document the types are generated from (OpenApiDocumentTests keeps it equal to the server's).
const files = import.meta.glob<string>('/openapi.json', { query: '?raw', import: 'default', eager: true });
const document = JSON.parse(files['/openapi.json'] ?? '{}') as {
  components: { schemas: Record<string, ObjectSchema> };
};

function schema(name: string): ObjectSchema {
  const found = document.components.schemas[name];
  if (!found) throw new Error(`No schema ${name} in openapi.json`);
  return found;
}

function nullable(property: PropertySchema | undefined): boolean {
  return (
    (Array.isArray(property?.type) && property.type.includes('null')) ||
    (property?.anyOf ?? []).some((option) => option.type === 'null')
  );
}

describe('the OpenAPI document the client is typed from', () => {
  it.each([
    ['DocumentView', ['id', 'name', 'status', 'error', 'chunkCount', 'progress', 'tags', 'updatedAt']],
    ['AnswerView', ['conversationId', 'answered', 'text', 'sentences', 'citations', 'unsupported']],
    ['SessionView', ['username', 'roles', 'workspaces']],
    ['JobPage', ['items', 'page', 'size', 'totalItems', 'totalPages']],
    ['ModelList', ['defaultModel', 'catalogNote', 'models']],
  ])('has %s with the fields the pages read, all of them always sent', (name, fields) => {
    expect(Object.keys(schema(name).properties)).toEqual(expect.arrayContaining(fields));
    expect(schema(name).required).toEqual(expect.arrayContaining(fields));
  });

  it('says which fields may be null, and no others', () => {
    expect(nullable(schema('DocumentView').properties.error)).toBe(true);
    expect(nullable(schema('ModelState').properties.pull)).toBe(true);
    expect(nullable(schema('MessageView').properties.answer)).toBe(true);
    expect(nullable(schema('DocumentView').properties.name)).toBe(false);
  });

  it('gives the UI the server enums as types', () => {
    expectTypeOf<LecternDocument['status']>().toEqualTypeOf<'QUEUED' | 'PROCESSING' | 'READY' | 'FAILED'>();
    expectTypeOf<Role>().toEqualTypeOf<'VIEWER' | 'EDITOR' | 'ADMIN'>();
    expectTypeOf<components['schemas']['DocumentView']['error']>().toEqualTypeOf<string | null>();
  });
});
