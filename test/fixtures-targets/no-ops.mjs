// Exports nothing a target can use.
export const version = '1.0.0';
export function check() {
  return true;
}
