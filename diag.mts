import { createRng } from './bench/anchoring/prng'
import { generateArticle } from './bench/anchoring/generate-article'
import { pickQuotes, editedScenario, deletedScenario, deletedWithContextScenario } from './bench/anchoring/build-scenarios'
import { rewrittenScenario, wordEditsScenario } from './bench/anchoring/realistic-edits'
import { createAnchorer } from './src/core/anchoring/create-anchorer'
const rng = createRng(7)
const original = generateArticle(rng, 100_000)
const quotes = pickQuotes(rng, original, 1000)
const d = createAnchorer(original)
const selectors = quotes.map((q) => d.describe(q.start, q.end))
editedScenario(rng, original, quotes); deletedScenario(original, quotes); deletedWithContextScenario(rng, original, quotes)
const rw = rewrittenScenario(rng, original, quotes, 0.3)
const we = wordEditsScenario(rng, original, quotes, 50)
for (const sc of [rw, we]) {
  const a = createAnchorer(sc.text)
  selectors.forEach((s, i) => {
    const r = a.anchor(s)
    const t = sc.truth[i] as any
    if (r.status === 'orphaned' || !t) return
    const ok = r.start >= t.startLo && r.start <= t.startHi && r.end >= t.endLo && r.end <= t.endHi
    if (ok) return
    console.log('===', sc.name, i, r.status, 'got', r.start, r.end, 'truth', t.startLo, t.startHi, t.endLo, t.endHi, 'old', s.position.start)
    console.log('Q  ', JSON.stringify(s.quote.prefix), '[', JSON.stringify(s.quote.exact), ']', JSON.stringify(s.quote.suffix))
    console.log('GOT', JSON.stringify(sc.text.slice(r.start - 20, r.start)), '[', JSON.stringify(sc.text.slice(r.start, r.end)), ']')
    console.log('TRU', JSON.stringify(sc.text.slice(t.startLo - 20, t.startLo)), '[', JSON.stringify(sc.text.slice(t.startLo, t.endHi)), ']')
  })
}
