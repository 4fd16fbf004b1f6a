import { DEFAULT_CONFIG, mergeConfig, type LintConfig } from './core/config';

/** What the client sends for the `claimlint` configuration section. */
export interface ClaimlintSettings {
  readonly enable: boolean;
  readonly config: LintConfig;
  readonly crosswalkPath: string;
  readonly inlayHints: boolean;
  readonly warnings: string[];
}

export function readSettings(raw: unknown): ClaimlintSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const { config, warnings } = mergeConfig(DEFAULT_CONFIG, section);
  const crosswalkPath = typeof section.crosswalkPath === 'string' ? section.crosswalkPath.trim() : '';
  const inlay = section.inlayHints as { enable?: unknown } | undefined;
  return {
    enable: section.enable !== false,
    config,
    crosswalkPath,
    inlayHints: inlay?.enable === true,
    warnings,
  };
}
