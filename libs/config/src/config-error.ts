/** One environment variable that is missing or wrong, and why. */
export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/** Thrown at boot when the environment does not satisfy the service's schema. */
export class ConfigError extends Error {
  constructor(
    readonly issues: readonly ConfigIssue[],
    readonly label = 'service',
  ) {
    // Values are never echoed: a wrong variable may hold a secret.
    super(
      [
        `Invalid environment for ${label} (${issues.length} problem${issues.length === 1 ? '' : 's'}):`,
        ...issues.map((issue) => `  - ${issue.variable}: ${issue.message}`),
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}
