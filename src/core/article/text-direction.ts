// Direction and script of an article's text, for pages that do not declare them. Counting
// strong characters is what `dir="auto"` does for one paragraph; here it decides for the whole
// article, so a right-to-left article with a few Latin names still reads right to left.

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0900-\u0DFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/gu
const KANA = /[\u3040-\u30FF]/gu
const HANGUL = /[\uAC00-\uD7AF]/gu
const HAN = /[\u3400-\u9FFF]/gu

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0

/** 'rtl' when most strong characters of `text` are Hebrew or Arabic script, else 'ltr'; null if none. */
export function directionOfText(text: string): 'ltr' | 'rtl' | null {
  const rtl = count(text, RTL)
  const ltr = count(text, LTR)
  if (rtl + ltr === 0) return null
  return rtl > ltr ? 'rtl' : 'ltr'
}

/**
 * A language tag for text written mostly in a script that names its language (Japanese kana,
 * Korean Hangul, Chinese characters without kana); null otherwise. Scripts shared by many
 * languages (Latin, Arabic, Cyrillic) are not guessed.
 */
export function languageOfScript(text: string): string | null {
  const letters = count(text, LTR) + count(text, RTL)
  if (letters === 0) return null
  const kana = count(text, KANA)
  const hangul = count(text, HANGUL)
  const han = count(text, HAN)
  if (hangul / letters > 0.5) return 'ko'
  if (kana > 0 && (kana + han) / letters > 0.5) return 'ja'
  if (han / letters > 0.5) return 'zh'
  return null
}
