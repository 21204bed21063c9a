import type { Rng } from './prng'

// Vocabulary for a long news-like article. A sentence is an optional lead clause, one of many
// core templates and an optional tail, with slots drawn from sizeable lists, so sentences share
// phrases the way news text does without every sentence being a look-alike of every other one.
const words = (list: string): string[] => list.split('|')
const FIRST = words(
  'Amal|Boris|Chen|Dalia|Emre|Farah|Goran|Hana|Idris|Jana|Karim|Lena|Mateo|Nadia|Omar|Petra|' +
    'Rashid|Sofia|Tariq|Yusuf|Aylin|Bilal|Carmen|Dmitri|Elif|Fatima|Hassan|Ines|Jonas|Leila'
)
const LAST = words(
  'Haddad|Novak|Okafor|Petrov|Rahimi|Sato|Tamimi|Usman|Vidal|Weber|Yilmaz|Zaidi|Mansour|Kovac|' +
    'Almeida|Barzani|Costa|Darwish|Eriksen|Farouk|Gallo|Hakimi|Ivanova|Jaber|Khalil|Lindqvist'
)
const CITY = words(
  'Mosul|Aleppo|Basra|Deir ez-Zor|Erbil|Kirkuk|Raqqa|Homs|Tikrit|Fallujah|Sinjar|Idlib|' +
    'Qamishli|Ramadi|Hasakah|Daraa|Najaf|Karbala|Samarra|Baqubah|Latakia|Tartus|Hama|Palmyra|' +
    'Duhok|Sulaymaniyah|Amarah|Nasiriyah|Manbij|Kobani|Afrin|Jarabulus|Abu Kamal|Qaim|Haditha'
)
const PLACE = words(
  'the border crossing|a fuel depot|the old market|an air base|the bridge|a checkpoint|' +
    'the grain silos|a power station|the university campus|a refugee camp|the port|' +
    'a hospital compound|the main highway|the water treatment plant|an abandoned factory|' +
    'the railway station|a village school|the oil field|a military academy|the dam|' +
    'the customs office|a cement works|the central prison|an irrigation pumping station'
)
const ORG = words(
  'Institute for Regional Studies|Crisis Monitoring Group|Security Council|Ministry of Defence|' +
    'Red Crescent|World Food Programme|Conflict Data Project|Norwegian Refugee Council|' +
    'International Committee of the Red Cross|Syrian Observatory|Kurdistan Regional Government|' +
    'Interior Ministry|Central Bank|Electricity Ministry|Committee to Protect Journalists|' +
    'Organisation for the Prohibition of Chemical Weapons|UN refugee agency|Arab League'
)
const ACTOR = words(
  'militia fighters|government troops|coalition aircraft|unidentified gunmen|border guards|' +
    'rebel units|special forces|drone operators|police officers|tribal militias|' +
    'paramilitary units|armed smugglers|foreign contractors|artillery crews|naval patrols'
)
const ACTION = words(
  'attacked|shelled|seized|surrounded|withdrew from|fortified|raided|blockaded|struck|secured|' +
    'patrolled|abandoned|mined|looted|reopened|evacuated|bombed|occupied'
)
const REPORT = words(
  'said|told reporters|confirmed|warned|claimed|acknowledged|wrote in a statement|' +
    'said in a televised address|told a news conference|posted on social media|insisted|' +
    'told this newspaper|said on condition of anonymity|noted in a briefing'
)
const DAY = words(
  'on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|on Sunday|' +
    'late on Tuesday|early on Friday|overnight|last week|at dawn|shortly after midnight'
)
const TOPIC = words(
  'the ceasefire|the prisoner exchange|fuel shortages|the reconstruction fund|' +
    'humanitarian access|the nuclear talks|the sanctions regime|the election|' +
    'the withdrawal timetable|water rationing|the airspace closure|grain exports|' +
    'the budget dispute|border demarcation|the amnesty law|oil revenue sharing|' +
    'the return of displaced families|the currency crisis|detainee transfers'
)
const ADJ = words(
  'fragile|disputed|long-delayed|controversial|costly|unprecedented|tentative|partial|' +
    'renewed|symbolic|sweeping|limited|ambitious|lopsided|overdue|conditional'
)
const CAUSE = words(
  'after a roadside bomb|following days of heavy rain|amid a power outage|during a sandstorm|' +
    'after talks collapsed|despite a curfew|as aid stalled|after a cholera outbreak|' +
    'amid rising bread prices|after a wave of arrests|as temperatures passed 50 degrees'
)
const LEAD = words(
  'On the ground, |By nightfall, |Earlier this week, |Meanwhile, |In a separate incident, |' +
    'For now, |According to local media, |In private, |Publicly, at least, |Since then, |' +
    'Two days later, |In the capital, |At the same time, |Behind the scenes, '
)
const TAIL = words(
  ', {name} {report}|, according to the {org}|, a claim that could not be independently verified|' +
    ' {cause}|, {n} kilometres from {city}|, the {org} {report}|, officials in {city} {report}|' +
    ' for the {ord} time this year|, witnesses {report}|, in what analysts called a {adj} move'
)
const ORD = words('second|third|fourth|fifth|sixth')

const TEMPLATES = words(
  '{actor} {action} {place} near {city} {day}|' +
    'at least {n} people were killed and {n} wounded in {city}|' +
    '{name}, a spokesperson for the {org}, {report} that {topic} remained {adj}|' +
    'the {adj} agreement on {topic} was signed in {city} after {n} hours of negotiation|' +
    'prices for bread in {city} rose by {n} percent|' +
    'satellite images reviewed by the {org} show {actor} digging trenches around {place}|' +
    '{name} {report} that {actor} had {action} {place} twice this month|' +
    'in {city}, {n} families were evacuated from {place}|' +
    'the {org} estimates that {n} percent of households near {city} lack electricity|' +
    'officials in {city} {report} they had no warning before {actor} {action} {place}|' +
    '"We cannot plan for {topic} while {actor} control {place}," {name} {report}|' +
    'talks on {topic} are expected to resume in {city} {day}|' +
    'a convoy of {n} trucks carrying flour reached {place} outside {city}|' +
    'analysts at the {org} described the move on {topic} as {adj} and {adj}|' +
    '{actor} were seen near {place} {day}, hours before {name} arrived in {city}|' +
    'the governor of {city}, {name}, {report} that schools would stay closed|' +
    '{n} incidents involving {actor} were recorded in {city} last month|' +
    '{name} described {topic} as {adj}, noting that {n} earlier attempts had failed|' +
    'residents of {city} queued for hours at {place}|' +
    'the {adj} plan for {topic} would cost about {n} million dollars|' +
    'hospitals in {city} reported {n} admissions {day}, most of them children|' +
    'few expect {topic} to survive the summer|' +
    'the last time {actor} {action} {place}, the fighting lasted {n} days|' +
    'engineers said repairs to {place} in {city} could take until the end of the year|' +
    'diplomats in {city} {report} that a {adj} draft on {topic} was circulating|' +
    'neither side has published casualty figures since {actor} {action} {place}|' +
    'farmers around {city} say irrigation canals have been dry for {n} days|' +
    'the {org} suspended its operations in {city}, citing threats against its staff|' +
    'local radio in {city} broadcast appeals for blood donors|' +
    '{name} has long argued that {topic} cannot succeed without {adj} guarantees|' +
    'footage shared online appeared to show {actor} near {place}|' +
    'mobile networks in {city} were cut for {n} hours|' +
    'shopkeepers near {place} in {city} said sales had fallen by {n} percent since spring|' +
    'a previous round of talks on {topic} ended in {city} without a joint statement|' +
    'the {org} said it had documented {n} cases of forced displacement near {city}|' +
    'teachers in {city} have not been paid for {n} weeks|' +
    'observers from the {org} were denied access to {place}|' +
    'queues at petrol stations in {city} stretched for {n} metres|' +
    'it was not immediately clear who controlled {place} by nightfall|' +
    'parliament is due to debate {topic} {day}, although a quorum is far from certain|' +
    'the price of a cylinder of cooking gas in {city} has tripled since {topic} stalled|' +
    '{name}, who fled {city} with {n} relatives, now lives near {place}|' +
    'a senior commander of the {actor} was reported killed near {city}|' +
    'the {org} warned that {topic} could unravel within weeks|' +
    'in leaked minutes, {name} described {topic} as "{adj} at best"|' +
    'the road between {city} and {city} reopened after {n} days'
)

type SlotName =
  | 'name'
  | 'city'
  | 'place'
  | 'org'
  | 'actor'
  | 'action'
  | 'report'
  | 'day'
  | 'topic'
  | 'adj'
  | 'cause'
  | 'ord'
  | 'n'
type Slots = Record<SlotName, () => string>

function slots(rng: Rng): Slots {
  return {
    name: () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    city: () => rng.pick(CITY),
    place: () => rng.pick(PLACE),
    org: () => rng.pick(ORG),
    actor: () => rng.pick(ACTOR),
    action: () => rng.pick(ACTION),
    report: () => rng.pick(REPORT),
    day: () => rng.pick(DAY),
    topic: () => rng.pick(TOPIC),
    adj: () => rng.pick(ADJ),
    cause: () => rng.pick(CAUSE),
    ord: () => rng.pick(ORD),
    n: () => String(rng.int(2, 980))
  }
}

function fill(template: string, s: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const make = key in s ? s[key as SlotName] : undefined
    if (make === undefined) throw new Error(`unknown slot ${key}`)
    return make()
  })
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

function freshSentence(rng: Rng, s: Slots): string {
  const lead = rng.chance(0.2) ? rng.pick(LEAD) : ''
  const core = fill(rng.pick(TEMPLATES), s)
  const tail = rng.chance(0.35) && !core.endsWith('"') ? fill(rng.pick(TAIL), s) : ''
  return `${capitalise(lead + core)}${tail}.`
}

// News text repeats itself: a fact restated with a changed number, day or attribution. The
// variant always differs from the original somewhere.
function nearDuplicate(rng: Rng, sentence: string, s: Slots): string {
  const kind = rng.int(0, 3)
  let variant = sentence
  if (kind === 0) variant = sentence.replace(/\d+/, () => s.n())
  if (kind === 1)
    variant = sentence.replace(/ on \w+day| overnight| last week/, () => ` ${s.day()}`)
  if (kind === 2)
    variant = `${rng.pick(LEAD)}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`
  if (variant !== sentence) return variant
  return sentence.replace(/\.$/, `, ${s.name()} ${s.report()}.`)
}

/** A deterministic news-like article of at least `count` words; paragraphs joined by "\n\n". */
export function generateArticle(rng: Rng, count: number): string {
  const s = slots(rng)
  const written: string[] = []
  const paragraphs: string[] = []
  let total = 0
  while (total < count) {
    const sentences: string[] = []
    const size = rng.int(3, 7)
    for (let i = 0; i < size; i++) {
      const earlier = written.length > 0 && rng.chance(0.08)
      const sentence = earlier
        ? nearDuplicate(rng, rng.pick(written.slice(-rng.int(2, 400))), s)
        : freshSentence(rng, s)
      written.push(sentence)
      sentences.push(sentence)
      total += sentence.split(' ').length
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs.join('\n\n')
}
