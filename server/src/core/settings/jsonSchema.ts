/**
 * Checks a JSON tree against the small part of JSON Schema (draft-07) the settings file's schema uses: type, enum,
 * properties, required, additionalProperties (false, or a schema), items, pattern, minimum, minItems, minLength and
 * local $ref. The same schema file is contributed to VS Code, so the editor and the CLI judge the file alike.
 * Unknown keys are warnings; everything else is an error. Each issue points at the value it is about.
 */
import type { Node } from '../formats/json/jsonc';
import type { Span } from '../model';

export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly description?: string;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

export interface SchemaIssue {
  readonly span: Span;
  /** Where in the file, as a JSON path: "payers[1].match.names". */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function validateJson(node: Node, schema: SchemaNode): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  visit(node, schema, schema, '', issues);
  return issues;
}

function resolve(schema: SchemaNode, root: SchemaNode): SchemaNode {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/definitions\//, '');
  return root.definitions?.[name] ?? {};
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function typeOf(node: Node): string {
  if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.type;
}

function fits(node: Node, type: NonNullable<SchemaNode['type']>): boolean {
  const actual = typeOf(node);
  return actual === type || (type === 'number' && actual === 'integer');
}

function visit(node: Node, raw: SchemaNode, root: SchemaNode, path: string, issues: SchemaIssue[]): void {
  const schema = resolve(raw, root);
  const at = path || 'the file';
  const error = (message: string, where: Node = node): void => void issues.push({ span: spanOf(where), path: at, message, severity: 'error' });
  if (schema.enum) {
    if (!schema.enum.includes(node.value) || node.type === 'object' || node.type === 'array') {
      error(`${at} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    return;
  }
  if (schema.type && !fits(node, schema.type)) {
    error(`${at} must be ${schema.type === 'integer' ? 'a whole number' : schema.type === 'object' ? 'an object' : schema.type === 'array' ? 'a list' : `a ${schema.type}`}`);
    return;
  }
  if (node.type === 'string') {
    const value = String(node.value);
    if (schema.minLength !== undefined && value.length < schema.minLength) error(`${at} must not be empty`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) error(`${at} ${JSON.stringify(value)} is not of the form ${schema.description ?? schema.pattern}`);
  }
  if (node.type === 'number' && schema.minimum !== undefined && (node.value as number) < schema.minimum) error(`${at} must be at least ${schema.minimum}`);
  if (node.type === 'array') {
    const items = node.children ?? [];
    if (schema.minItems !== undefined && items.length < schema.minItems) error(`${at} needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
    if (schema.items) items.forEach((item, i) => visit(item, schema.items as SchemaNode, root, `${path}[${i}]`, issues));
  }
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      seen.add(key);
      const child = path ? `${path}.${key}` : key;
      const known = schema.properties?.[key];
      if (known) visit(valueNode, known, root, child, issues);
      else if (typeof schema.additionalProperties === 'object') visit(valueNode, schema.additionalProperties, root, child, issues);
      else if (schema.additionalProperties === false) {
        issues.push({ span: spanOf(keyNode), path: child, message: `"${key}" is not a setting claimlint knows${path ? ` in ${path}` : ''}; it is ignored`, severity: 'warning' });
      }
    }
    for (const key of schema.required ?? []) if (!seen.has(key)) error(`${at} needs "${key}"`);
  }
}
