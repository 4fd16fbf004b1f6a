import { DEFAULT_CONFIG, mergeConfig, type LintConfig } from './core/config';
import type { RcState } from './rcSource';

/** What the client sends for the `claimlint` configuration section, combined with the settings file. */
export interface ClaimlintSettings {
  readonly enable: boolean;
  readonly config: LintConfig;
  readonly crosswalkPath: string;
  readonly inlayHints: boolean;
  readonly warnings: string[];
}

/**
 * The editor's settings over the `.claimlintrc.json` that applies to the document (which gives the payer policies
 * and its own defaults). The extension client sends only the settings the user set, so a default value never
 * hides the file's.
 */
export function readSettings(raw: unknown, rc?: RcState): ClaimlintSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const { config, warnings } = mergeConfig(rc?.config ?? DEFAULT_CONFIG, section);
  const ownCrosswalk = typeof section.crosswalkPath === 'string' ? section.crosswalkPath.trim() : '';
  const inlay = section.inlayHints as { enable?: unknown } | undefined;
  return {
    enable: section.enable !== false,
    config,
    crosswalkPath: ownCrosswalk || rc?.crosswalkPath || '',
    inlayHints: inlay?.enable === true,
    warnings,
  };
}
