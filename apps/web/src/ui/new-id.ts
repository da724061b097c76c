/** A fresh id for an item in a plan (a value, a skill, an action …): short, unique, URL-safe. */
export function newItemId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}
