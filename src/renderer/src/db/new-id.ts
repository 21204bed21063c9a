/** Random ids (not auto-increment) so backups from two machines never collide. */
export function newId(): string {
  return crypto.randomUUID()
}
