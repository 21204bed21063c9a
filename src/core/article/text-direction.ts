// Direction and script of an article's text, for pages that do not declare them. Counting
// strong characters is what `dir="auto"` does for one paragraph; here it decides for the whole
// article, so a right-to-left article with a few Latin names still reads right to left.

const LETTER = /\p{L}/gu
const RTL = /(?=\p{L})[\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}]/gu
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/gu
const HANGUL = /(?=\p{L})\p{sc=Hangul}/gu
const HAN = /\p{sc=Han}/gu

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0

/** 'rtl' when most strong characters of `text` are Hebrew or Arabic script, else 'ltr'; null if none. */
export function directionOfText(text: string): 'ltr' | 'rtl' | null {
  const letters = count(text, LETTER)
  if (letters === 0) return null
  const rtl = count(text, RTL)
  return rtl > letters - rtl ? 'rtl' : 'ltr'
}

/**
 * A language tag for text written mostly in a script that names its language (Japanese kana,
 * Korean Hangul, Chinese characters without kana); null otherwise. Scripts shared by many
 * languages (Latin, Arabic, Cyrillic) are not guessed.
 */
export function languageOfScript(text: string): string | null {
  const letters = count(text, LETTER)
  if (letters === 0) return null
  const kana = count(text, KANA)
  const hangul = count(text, HANGUL)
  const han = count(text, HAN)
  if (hangul / letters > 0.5) return 'ko'
  if (kana > 0 && (kana + han) / letters > 0.5) return 'ja'
  if (han / letters > 0.5) return 'zh'
  return null
}
