/**
 * Plain data as block YAML: mappings and scalars only (what accelerate's config files hold).
 * Strings are double-quoted (JSON escapes are YAML's), numbers and booleans bare.
 */
export function yamlText(data: Record<string, unknown>, indent = ''): string {
  return Object.entries(data)
    .map(([key, value]) => {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return `${indent}${key}:\n${yamlText(value as Record<string, unknown>, `${indent}  `)}`;
      }
      const scalar = typeof value === 'string' ? JSON.stringify(value) : String(value);
      return `${indent}${key}: ${scalar}\n`;
    })
    .join('');
}
