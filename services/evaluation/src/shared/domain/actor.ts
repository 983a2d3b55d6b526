/** A person acting, known by their employee id; relations (penilai of whom) come from the record. */
export interface UserActor {
  readonly kind: 'USER';
  readonly pegawaiId: string;
}
/** The scheduler, e.g. finalizing once an objection window has closed. */
export interface SystemActor {
  readonly kind: 'SYSTEM';
}
export type Actor = UserActor | SystemActor;

export function isUser(actor: Actor, pegawaiId: string): boolean {
  return actor.kind === 'USER' && actor.pegawaiId === pegawaiId;
}

/** The caller as the domain rules see them, from their employee id. */
export function userActor(pegawaiId: string): UserActor {
  return { kind: 'USER', pegawaiId };
}
