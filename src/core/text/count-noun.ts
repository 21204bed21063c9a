/**
 * A count with its noun in the right number: "1 annotation", "0 annotations", "2 entries".
 * Every count shown to the user goes through here (count-wording.test.ts checks the source),
 * so no "1 annotations" slips back in.
 */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`
}
