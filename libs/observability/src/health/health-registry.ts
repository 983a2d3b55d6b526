// A place where libraries (messaging, persistence) register what liveness and readiness mean
// for them, without the HTTP health endpoints knowing about Kafka or MongoDB.
export interface HealthResult {
  ok: boolean;
  details?: Record<string, unknown>;
}

export interface HealthContributor {
  /** Short name shown in the health report, e.g. `kafka`, `mongodb`, `consumer`. */
  name: string;
  /** Is the process itself working (a crashed consumer is not)? Restart if not. */
  liveness?: () => Promise<HealthResult>;
  /** Can it serve traffic now (broker and database answer)? Take out of rotation if not. */
  readiness?: () => Promise<HealthResult>;
}

export class HealthRegistry {
  private readonly contributors = new Map<string, HealthContributor>();

  register(contributor: HealthContributor): void {
    this.contributors.set(contributor.name, contributor);
  }

  list(): HealthContributor[] {
    return [...this.contributors.values()];
  }
}
