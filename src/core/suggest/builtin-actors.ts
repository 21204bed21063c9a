// The built-in actor lexicon: actors a report names without the analyst having registered them.
// Names follow ACLED's style ("Military Forces of X", "Protesters (X)", "Unidentified Armed Group
// (X)"); "{country}" is filled with the event's country. Country forces of every country are
// generated from world-countries in actor-lexicon.ts; only actors with names or aliases the data
// cannot give are listed here. Aliases are "|"-separated; ALL-CAPS acronyms match case exactly.
import type { InterCode } from '../../shared/model/event'

/** A built-in actor before compilation. */
export interface BuiltinActor {
  id: string
  name: string
  inter: InterCode
  /** ISO alpha-3 of the actor's own country; '@event' for "the police", "the army": the event's. */
  country: string
  /** A state's own forces or government: inter 1 at home, 8 abroad. */
  stateForce: boolean
  aliases: string
  /** A place that stands for the people hit there ("a market", "the mosque"): never the attacker. */
  targetOnly?: boolean
}

const state = (id: string, name: string, country: string, aliases: string): BuiltinActor => ({
  id,
  name,
  inter: 1,
  country,
  stateForce: true,
  aliases
})
const group = (id: string, name: string, inter: InterCode, aliases: string): BuiltinActor => ({
  id,
  name,
  inter,
  country: '',
  stateForce: false,
  aliases
})
const local = (id: string, name: string, inter: InterCode, aliases: string): BuiltinActor => ({
  id,
  name,
  inter,
  country: '@event',
  stateForce: false,
  aliases
})

export const BUILTIN_ACTORS: readonly BuiltinActor[] = [
  state(
    'military-USA',
    'Military Forces of the United States',
    'USA',
    'United States|the United States|U.S.|US|USA|America|American|U.S. military|US military|' +
      'U.S. forces|US forces|U.S. troops|US troops|U.S. personnel|American forces|American troops|' +
      'American troop|American personnel|American soldiers|the Pentagon|Pentagon|Washington|' +
      'the Biden administration|Biden administration|the Trump administration|' +
      'Trump administration|the Obama administration|US Central Command|CENTCOM'
  ),
  state(
    'military-IRN',
    'Military Forces of Iran',
    'IRN',
    'Iran|Iranian|Tehran|the Iranian regime|Iranian regime|Iranian forces|IRGC|' +
      'Islamic Revolutionary Guard Corps|Revolutionary Guards|Revolutionary Guard|Quds Force'
  ),
  state(
    'police',
    'Police Forces of {country}',
    '@event',
    'police|the police|riot police|anti-riot police|police officers|policemen|police officer|security officers|policeman|state police|federal police|police units|police patrol|police convoy|police post|police station|gendarmes|gendarmerie|law enforcement'
  ),
  state(
    'military',
    'Military Forces of {country}',
    '@event',
    'the army|army troops|soldiers|troops|security forces|government forces|government troops|pro-government forces|regime forces|national army|armed forces|special forces|military|the military|army|the army|soldier|serviceman|servicemen|troops|junta|the junta|military junta|junta troops|junta forces|military regime|warplane|warplanes|fighter jets|fighter jet|military jets|military aircraft|helicopter gunships|air force|the air force|defence forces|defense forces|marines|paratroopers|commandos|security personnel|army personnel|military personnel'
  ),
  state(
    'government',
    'Government of {country}',
    '@event',
    'the government|government|the interior minister|interior minister|the interior ministry|interior ministry|the authorities|authorities'
  ),
  group(
    'militia-groups',
    'Militia groups',
    3,
    'militia groups|militia group|the militias|militias|militia|militiamen|militia members|militia fighters|a militia alliance|militia alliance|armed groups'
  ),
  group(
    'iran-backed-militias',
    'Iran-backed militias',
    3,
    'Iran-backed militias|Iran-backed militia|Iranian-backed militias|Iran-aligned militias|pro-Iran militias|pro-Iranian militias|Iran-backed groups|Islamic Resistance in Iraq'
  ),
  group(
    'kataib-hezbollah',
    'Kataib Hezbollah',
    3,
    "Kataib Hezbollah|Kata'ib Hezbollah|Kataib Hizballah|Kata'ib Hizbullah|Kataeb Hezbollah"
  ),
  group('hezbollah', 'Hezbollah', 3, 'Hezbollah|Hizballah|Hizbullah|Hizbollah'),
  group(
    'islamic-state',
    'Islamic State',
    2,
    'Islamic State|the Islamic State|Islamic State group|ISIS|ISIL|IS|Daesh|Islamic State militants|IS militants|ISIS militants|Islamic State fighters'
  ),
  group(
    'al-shabaab',
    'Al Shabaab',
    2,
    'Al Shabaab|al-Shabaab|al-Shabab|Shabaab|Harakat al-Shabaab al-Mujahideen|al-Shabaab militants|al-Shabaab fighters|Shabaab fighters'
  ),
  group(
    'ansar-allah',
    'Ansar Allah',
    2,
    'Ansar Allah|Ansarallah|Houthis|the Houthis|Houthi rebels|Houthi forces|Houthi'
  ),
  group('taliban', 'Taliban', 2, 'Taliban|the Taliban'),
  group('hamas', 'Hamas', 2, 'Hamas|Qassam Brigades|al-Qassam Brigades'),
  group(
    'pkk',
    'PKK: Kurdistan Workers Party',
    2,
    "PKK|Kurdistan Workers' Party|Kurdistan Workers Party"
  ),
  group('sdf', 'SDF: Syrian Democratic Forces', 2, 'SDF|Syrian Democratic Forces'),
  group('hts', 'Hayat Tahrir al-Sham', 2, 'Hayat Tahrir al-Sham|HTS'),
  group(
    'iswap',
    'Islamic State West Africa Province',
    2,
    'Islamic State West Africa Province|Islamic State West Africa|ISWAP|Islamic State in West Africa'
  ),
  group(
    'is-sahel',
    'Islamic State Sahel Province',
    2,
    'Islamic State Sahel Province|Islamic State in the Greater Sahara|ISGS|IS Sahel'
  ),
  group('boko-haram', 'Boko Haram', 2, 'Boko Haram|JAS'),
  group(
    'jnim',
    'JNIM: Group for Support of Islam and Muslims',
    2,
    "JNIM|Jama'at Nusrat al-Islam wal-Muslimin"
  ),
  group('wagner', 'Wagner Group', 8, 'Wagner Group|Wagner|Wagner mercenaries|Africa Corps'),
  // Groups wire copy names by their acronym or short name alone, across today's theatres.
  group(
    'rsf',
    'Rapid Support Forces',
    2,
    'Rapid Support Forces|RSF|the RSF|RSF paramilitaries|RSF fighters|Janjaweed'
  ),
  state(
    'military-SDN',
    'Military Forces of Sudan',
    'SDN',
    'Sudanese Armed Forces|SAF|Sudanese army|Sudan’s army|Sudanese military'
  ),
  group(
    'adf',
    'ADF: Allied Democratic Forces',
    2,
    'Allied Democratic Forces|ADF|ADF rebels|ADF fighters|ISCAP'
  ),
  group('m23', 'M23: March 23 Movement', 2, 'M23|March 23 Movement|M23 rebels|AFC/M23'),
  group('codeco', 'CODECO: Cooperative for Development of the Congo', 4, 'CODECO'),
  group(
    'ttp',
    'TTP: Tehreek-i-Taliban Pakistan',
    2,
    'TTP|Tehreek-e-Taliban Pakistan|Tehrik-i-Taliban Pakistan|Tehreek-i-Taliban Pakistan|Pakistani Taliban'
  ),
  group(
    'eln',
    'ELN: National Liberation Army',
    2,
    'ELN|National Liberation Army|ELN guerrillas|ELN rebels'
  ),
  group(
    'farc-dissidents',
    'FARC Dissidents',
    2,
    'FARC dissidents|FARC dissident|Estado Mayor Central|EMC|Central General Staff|Segunda Marquetalia'
  ),
  group(
    'cjng',
    'CJNG: Jalisco New Generation Cartel',
    3,
    'CJNG|Jalisco New Generation Cartel|Jalisco cartel|Cartel Jalisco Nueva Generacion'
  ),
  group('sinaloa', 'Sinaloa Cartel', 3, 'Sinaloa Cartel|Sinaloa cartel'),
  group(
    'ypg',
    'YPG: Peoples Protection Units',
    2,
    'YPG|People’s Protection Units|Peoples Protection Units'
  ),
  group(
    'pij',
    'Palestinian Islamic Jihad',
    2,
    'Palestinian Islamic Jihad|Islamic Jihad|PIJ|al-Quds Brigades|Al-Quds Brigades'
  ),
  group(
    'aqap',
    'AQAP: Al Qaeda in the Arabian Peninsula',
    2,
    'AQAP|al-Qaeda in the Arabian Peninsula|Al Qaeda in the Arabian Peninsula'
  ),
  group('aqim', 'AQIM: Al Qaeda in the Islamic Maghreb', 2, 'AQIM|al-Qaeda in the Islamic Maghreb'),
  group('al-qaeda', 'Al Qaeda', 2, 'al-Qaeda|Al Qaeda|al-Qaida|Al-Qaeda'),
  group('ansaru', 'Ansaru', 2, 'Ansaru'),
  group('fano', 'Fano Militia', 3, 'Fano|Fano militia|Fano militiamen|Fano fighters'),
  group(
    'tplf',
    'TPLF: Tigray People’s Liberation Front',
    2,
    'TPLF|Tigray People’s Liberation Front|Tigray Defence Forces|TDF|Tigrayan forces'
  ),
  group('ola', 'OLA: Oromo Liberation Army', 2, 'OLA|Oromo Liberation Army'),
  state(
    'military-MMR',
    'Military Forces of Myanmar',
    'MMR',
    'Tatmadaw|Myanmar military|Myanmar junta|Myanmar army'
  ),
  group(
    'pdf',
    'PDF: People’s Defence Force',
    2,
    'People’s Defence Force|People’s Defense Force|PDF|PDFs|People’s Defence Forces'
  ),
  group('arakan-army', 'AA: Arakan Army', 2, 'Arakan Army|AA'),
  group('kia', 'KIA: Kachin Independence Army', 2, 'Kachin Independence Army|KIA'),
  group('viv-ansanm', 'Viv Ansanm', 3, 'Viv Ansanm|G9|G-9|G9 an Fanmi'),
  group(
    'atmis',
    'ATMIS: African Union Transition Mission in Somalia',
    8,
    'ATMIS|AMISOM|African Union Transition Mission in Somalia|African Union Mission in Somalia|African Union troops|African Union forces|African Union peacekeepers|AU troops|AU forces|AU peacekeepers'
  ),
  group(
    'un-peacekeepers',
    'UN peacekeeping forces',
    8,
    'UN peacekeepers|U.N. peacekeepers|United Nations peacekeepers|peacekeepers|blue helmets|UN peacekeeper|U.N. peacekeeper|peacekeeper|UN peacekeeping convoy|UN convoy|peacekeeping convoy|UN mission|UN troops|U.N. troops'
  ),
  local(
    'protesters',
    'Protesters ({country})',
    6,
    'protesters|protestors|protester|demonstrators|demonstrator|marchers|crowds|crowd'
  ),
  local(
    'rioters',
    'Rioters ({country})',
    5,
    'rioters|looters|mob|a mob|mobs|angry mob|an angry mob|rioting youths'
  ),
  local(
    'civilians',
    'Civilians ({country})',
    7,
    'civilians|civilian|worker|factory worker|farmer|resident|villager|woman|child|girl|boy|teacher|student|pensioner|passer-by|shopkeeper|trader|driver|flight attendant|journalist|aid worker|medic|paramedic|rescue worker|health worker|residents|villagers|aid workers|aid worker|humanitarian workers|journalists|journalist|worshippers|passers-by|bystanders|farmers|traders|students|women and children|children|displaced people|refugees|schoolgirls|schoolboys|schoolchildren|pupils|hostages|patients|people|persons|worshipers|worshippers|pupils|schoolchildren|schoolgirls|schoolboys|girls|women|passengers|motorists|shoppers|pensioners|families|family members|workers|labourers|laborers|miners|fishermen|inhabitants|locals|local residents|teachers|doctors|medics|paramedics|health workers|rescuers|rescue workers|mourners|patients|displaced|displaced persons|internally displaced people'
  ),
  {
    ...local(
      'civilian-targets',
      'Civilians ({country})',
      7,
      'market|marketplace|mosque|church|school|hospital|village|villages|homes|houses|home|house|apartment building|apartment block|residential building|residential buildings|residential area|residential areas|neighbourhood|neighborhood|camp for displaced people|displacement camp|restaurant|wedding|funeral|bus|minibus|passenger bus'
    ),
    targetOnly: true
  },
  {
    ...state(
      'military-targets',
      'Military Forces of {country}',
      '@event',
      'army post|army base|military base|military outpost|army outpost|army camp|military camp|barracks|army barracks|military convoy|army convoy|checkpoint|military checkpoint|military position|military positions|army positions'
    ),
    targetOnly: true
  },
  local(
    'unidentified-armed-group',
    'Unidentified Armed Group ({country})',
    3,
    'gunmen|unidentified gunmen|unknown gunmen|armed men|assailants|unknown assailants|attackers|kidnappers|abductors|militants|bandits|bandit|bandit leaders|bandit groups|armed bandits|gunman|attacker|assailant|armed man|armed assailants|jihadists|suspected jihadists|jihadist fighters|jihadist militants|jihadist militia|insurgents|suspected insurgents|extremists|Islamic extremists|Islamist extremists|Islamist militants|Islamists|suspected Islamists|terrorists|suspected terrorists|terrorist|armed group|an armed group|armed groups|unidentified armed men|unknown attackers|unknown gunmen|armed gang|armed gangs|gangs|gang|gang members|gangsters|criminal gang|criminal gangs|criminal groups|cartel gunmen|suspected militants|rebels|suspected rebels|rebel fighters|fighters|suicide bomber|suicide bombers|bomber|bombers'
  ),
  local(
    'clan-militia',
    'Clan Militia ({country})',
    4,
    'clan militias|clan militia|clan militiamen|rival clan militias|clan fighters|clan gunmen'
  )
]

/** Nouns that make "<Demonym> ..." or "<Country> ..." an alias of that country's forces. */
export const FORCE_NOUNS =
  'forces|troops|troop|soldiers|soldier|army|army troops|military|personnel|navy|air force|' +
  'warplanes|jets|aircraft|bases|base|convoy|convoys|security forces|special forces|army soldiers|' +
  'junta|military junta|junta forces|junta troops|regime forces|armed forces|servicemen|serviceman'
export const POLICE_NOUNS = 'police|police officers|policemen|riot police'
export const GOVERNMENT_NOUNS =
  'government|authorities|regime|officials|interior minister|president'
