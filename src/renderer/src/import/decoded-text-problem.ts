/**
 * Why a file's decoded text cannot be imported (it did not decode, or holds only white space),
 * or null: one wording for the text files read in the worker and the web pages read here.
 */
export function decodedTextProblem(fileName: string, text: string | null): string | null {
  if (text === null)
    return `“${fileName}” could not be decoded as text (it is not valid UTF-8 or UTF-16).`
  if (text.trim() === '')
    return `“${fileName}” contains only white space: there is no text to import.`
  return null
}
