// A deterministic, invented news stream for the clustering scale bench: thousands of stories of recurring
// topics (same kind of event, different people, places, numbers and dates), many outlets, wire copies —
// with each article's clustering profile built directly, since the NLP pipeline is too slow for 100k articles.
import type { EntityType } from '../../src/core/annotations.js';
import type { ArticleProfile, ProfileEntity } from '../../src/core/stories.js';
import { isEventName } from '../../src/stories/profile.js';
import { contentTerms, entityKey } from '../../src/text/index.js';

export interface StreamOptions {
  articles: number;
  seed: number;
}

/** One real-world event of the invented world: a gold story. */
export interface SyntheticEvent {
  storyId: string;
  topicId: string;
  kind: string;
  /** Day the event happened, YYYY-MM-DD. */
  date: string;
  /** Full names of the event's main person and main place (its protagonist and where it happened). */
  mainPerson: string;
  mainPlace: string;
  /** Articles planned for the story, copies included. */
  size: number;
}

export interface SyntheticArticle {
  id: string;
  title: string;
  /** Clean text, as the clean stage hands it on: the dateline is metadata, not text. */
  text: string;
  published: string;
  outlet: string;
  dateline: string | null;
  /** Gold story (event) and topic (kind of recurring event). */
  storyId: string;
  topicId: string;
  /** Set for planted wire copies and re-posts: the article this one copies. */
  copyOf: string | null;
  event: SyntheticEvent;
  profile: ArticleProfile;
}

// ---------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, small and fast, with the few draws the generator needs. Every draw goes through
// one instance in a fixed order, so a seed fixes the whole stream.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Wide ranges (10 to 90,000 people) are drawn log-uniformly: small counts are as common as big ones. */
  count(range: readonly [number, number]): number {
    const [lo, hi] = range;
    if (lo <= 0 || hi / lo < 20) return this.int(lo, hi);
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted(cumulative: Float64Array): number {
    const x = this.next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Kinds of event. A topic is one kind tied to one anchor (a province, a company, a court …); it recurs as
// events with their own people, place, organization, numbers, details and date. Templates use slots:
// {P1} {P2} main and second person (role + full name at first mention), {REC} the topic's recurring official,
// {CITY} {ANCHOR} {ORG} {NAME}, {N1}-{N3} numbers, {D0}-{D2} event details, {DATE}, {NOUN} a synonym of the
// event noun, {W} a word of the topic's vocabulary, and {said} {officials} {people} {about} outlet wording.

interface Kind {
  id: string;
  anchor: { type: EntityType; patterns: string[] };
  nouns: string[];
  p1: string;
  p2: string;
  rec: string;
  org: { type: EntityType; patterns: string[] };
  n1: [number, number];
  n2: [number, number];
  n3: [number, number];
  details: [string[], string[], string[]];
  vocab: string[];
  extra: string[];
  heads: string[];
  leads: string[];
  body: string[];
  quotes: string[];
  /** Who says each quote: 1, 2, 3 the event's first, second and witness person, R the topic's official. */
  speakers: string;
  /** Events with a proper name of their own (storms). */
  eventName?: string;
}

const KINDS: Kind[] = [
  {
    id: 'earthquake', speakers: '311', anchor: { type: 'place', patterns: ['{X} Province', '{X} Highlands'] }, nouns: ['earthquake', 'quake', 'tremor'],
    p1: 'mayor', p2: 'seismologist', rec: 'provincial governor', org: { type: 'organization', patterns: ['{X} Seismological Institute', '{X} Rescue Service'] },
    n1: [2, 160], n2: [15, 900], n3: [4, 70],
    details: [['a school', 'a hospital wing', 'a covered market', 'an apartment block', 'the railway station', 'a cathedral', 'the town hall'],
      ['magnitude 5.6', 'magnitude 6.1', 'magnitude 6.4', 'magnitude 5.9', 'magnitude 7.2'], ['landslides', 'power cuts', 'gas leaks', 'water shortages', 'road closures']],
    vocab: ['aftershock', 'magnitude', 'epicentre', 'rubble', 'rescuers', 'seismic', 'debris', 'survivors', 'shelter', 'tents', 'fault', 'depth', 'shaking', 'evacuation', 'collapse'],
    extra: ['excavators', 'blankets', 'cracks', 'masonry', 'landslide', 'retrofitting', 'geologists', 'foundations', 'sirens', 'stretchers', 'generators', 'plaster', 'bedrock', 'fissures', 'rooftops'],
    heads: ['{NOUN} kills {N1} in {CITY}', 'Strong {NOUN} hits {ANCHOR}, at least {N1} dead', '{CITY} digs through rubble after {NOUN}', 'Rescuers search for survivors after {NOUN} in {ANCHOR}'],
    leads: ['A {D1} {NOUN} struck {CITY} in {ANCHOR} {DATE}, killing at least {N1} {people} and injuring {N2}.',
      'At least {N1} {people} were killed when a {D1} {NOUN} shook {CITY} {DATE}, {officials} {said}.'],
    body: ['The {NOUN} brought down {D0} in the centre of {CITY}, where rescuers worked through the night.',
      '{P2} at the {ORG} {said} the epicentre lay {N3} kilometres from {CITY} at a shallow depth.',
      'Aftershocks continued to rattle the area, and many {people} spent the night in tents and cars.',
      '{P1} {said} {N2} {people} had been treated for injuries and warned that the toll could rise.',
      'The {NOUN} also caused {D2} across parts of {ANCHOR}.', '{REC} declared three days of mourning and promised money for rebuilding.',
      'Engineers began inspecting cracked buildings, and schools in {CITY} stayed closed.', 'Teams with sniffer dogs searched the rubble of {D0} for survivors.'],
    quotes: ['We heard a roar and then the whole of {CITY} started to shake', 'Our teams will keep digging as long as there is any chance of finding people alive',
      'The damage to {D0} is worse than anything we prepared for'],
  },
  {
    id: 'storm', speakers: '321', anchor: { type: 'place', patterns: ['{X} Coast', '{X} Islands'] }, nouns: ['storm', 'cyclone', 'gale'], eventName: 'Storm {X}',
    p1: 'mayor', p2: 'meteorologist', rec: 'regional emergency chief', org: { type: 'organization', patterns: ['{X} Weather Service', '{X} Civil Protection Agency'] },
    n1: [1, 60], n2: [1000, 90000], n3: [90, 220],
    details: [['the harbour', 'the seafront promenade', 'a river bridge', 'the old town', 'the airport road'], ['flooding', 'a storm surge', 'mudslides', 'fallen trees', 'roof damage'],
      ['fishing boats', 'greenhouses', 'power lines', 'vineyards', 'caravans']],
    vocab: ['winds', 'rainfall', 'flooding', 'gusts', 'landfall', 'evacuation', 'sandbags', 'downpour', 'surge', 'outages', 'forecasters', 'warning', 'shelters', 'debris', 'coastline'],
    extra: ['ferries', 'levees', 'drains', 'hail', 'waves', 'tides', 'pumps', 'sirens', 'roofs', 'barriers', 'lowlands', 'rivers', 'embankments', 'gutters', 'moorings'],
    heads: ['{NAME} batters {ANCHOR}, {N1} dead', '{NAME} leaves {N2} homes without power', '{CITY} cleans up after {NAME}', '{NAME} makes landfall near {CITY}'],
    leads: ['{NAME} made landfall near {CITY} {DATE} with winds of up to {N3} km/h, killing {N1} {people} along {ANCHOR}.',
      '{NAME} swept across {ANCHOR} {DATE}, killing {N1} {people} and leaving {N2} households around {CITY} without power.'],
    body: ['The {NOUN} caused severe {D1} around {D0} in {CITY}.', '{P2} of the {ORG} {said} gusts had reached {N3} km/h, among the strongest recorded on that stretch of coast.',
      '{P1} {said} emergency crews had rescued dozens of {people} from flooded homes.', 'Power companies {said} {N2} households were still without electricity.',
      'Farmers reported heavy losses of {D2}.', '{REC} ordered schools along {ANCHOR} to close until the water receded.',
      'Sandbags were handed out in low-lying streets as rivers kept rising.', 'Rail and ferry services across {ANCHOR} were suspended.'],
    quotes: ['The water came up through the floor in less than an hour', 'We have not seen wind like this on the coast at {CITY} in a generation',
      'Crews are working around the clock to restore power to every household'],
  },
  {
    id: 'wildfire', speakers: '212', anchor: { type: 'place', patterns: ['{X} Hills', '{X} Valley'] }, nouns: ['wildfire', 'blaze', 'fire'],
    p1: 'fire chief', p2: 'farmer', rec: 'regional governor', org: { type: 'organization', patterns: ['{X} Fire Brigade', '{X} Forest Service'] },
    n1: [200, 40000], n2: [50, 6000], n3: [3, 400],
    details: [['pine forest', 'olive groves', 'vineyards', 'scrubland', 'a nature reserve'], ['water bombers', 'helicopters', 'bulldozers', 'volunteer crews', 'army units'],
      ['a campsite', 'a monastery', 'a ski lodge', 'a holiday village', 'a sawmill']],
    vocab: ['flames', 'hectares', 'firefighters', 'evacuation', 'smoke', 'drought', 'heatwave', 'embers', 'firebreak', 'containment', 'arson', 'ash', 'winds', 'scorched', 'blaze'],
    extra: ['tankers', 'hoses', 'charred', 'canyons', 'brush', 'ridge', 'sparks', 'haze', 'respirators', 'pumps', 'creek', 'timber', 'kindling', 'thermals', 'dryness'],
    heads: ['{NOUN} forces {N2} to flee near {CITY}', '{NOUN} burns {N1} hectares in {ANCHOR}', 'Firefighters battle {NOUN} outside {CITY}', '{NOUN} destroys {N3} homes in {ANCHOR}'],
    leads: ['A {NOUN} that broke out near {CITY} {DATE} has burned {N1} hectares of {D0} in {ANCHOR}, forcing {N2} {people} to leave their homes.',
      'Firefighters in {ANCHOR} were battling a {NOUN} {DATE} that has destroyed {N3} homes near {CITY}.'],
    body: ['{P1} of the {ORG} {said} shifting winds had pushed the flames towards {CITY}.', 'Crews used {D1} to protect {D2} on the edge of the fire zone.',
      'Smoke from the {NOUN} drifted across {ANCHOR}, and health officials told {people} to stay indoors.',
      '{P2}, who lost a barn to the flames, {said} the fire had moved faster than anyone expected.',
      'Investigators were examining whether the {NOUN} had been started deliberately.', '{REC} asked the national government for extra water bombers.',
      'Months of drought had left the {D0} dangerously dry.', 'Roads around {CITY} were closed as the fire jumped a firebreak.'],
    quotes: ['The flames were on the ridge one minute and in our yard the next', 'We are holding the line north of {CITY} but the wind could turn at any moment',
      'Nobody here has seen a fire move through {D0} this quickly'],
  },
  {
    id: 'visit', speakers: '112', anchor: { type: 'place', patterns: ['{X}'] }, nouns: ['visit', 'trip', 'tour'],
    p1: 'Foreign Minister', p2: 'trade envoy', rec: 'Prime Minister', org: { type: 'organization', patterns: ['{X} Development Bank', '{X} Trade Council'] },
    n1: [2, 14], n2: [50, 4000], n3: [2, 5],
    details: [['a port expansion', 'a rail link', 'a gas pipeline', 'a wheat deal', 'a fisheries pact', 'a visa agreement'], ['border security', 'energy prices', 'student exchanges', 'debt relief', 'water rights'],
      ['a state banquet', 'a wreath-laying ceremony', 'a factory tour', 'a university lecture', 'a joint press conference']],
    vocab: ['delegation', 'talks', 'bilateral', 'agreements', 'cooperation', 'diplomats', 'summit', 'memorandum', 'partnership', 'investment', 'ministers', 'relations', 'embassy', 'protocol', 'trade'],
    extra: ['tariffs', 'exports', 'consulate', 'envoy', 'communique', 'accords', 'ceremony', 'negotiators', 'sanctions', 'visas', 'corridor', 'treaty', 'pledges', 'signing', 'counterpart'],
    heads: ['{P1} arrives in {CITY} for talks on {D0}', '{ANCHOR} and visiting minister sign {N1} agreements', '{P1} visit ends with deal on {D0}', 'Talks in {CITY} focus on {D1}'],
    leads: ['{P1} arrived in {CITY} {DATE} for a {N3}-day {NOUN} to {ANCHOR}, with talks expected to focus on {D0}.',
      'Visiting {P1} signed {N1} agreements with {ANCHOR} in {CITY} {DATE}, including one on {D0}.'],
    body: ['The agreements are worth {about} {N2} million dollars, according to the {ORG}.', '{P1} also raised {D1} in a meeting with {REC}.',
      'The programme included {D2} in {CITY}.', '{P2} {said} both sides hoped to double trade within five years.',
      'It was the first {NOUN} by a minister of that rank in several years.', 'Diplomats {said} the talks on {D1} had been difficult but constructive.',
      'Small groups of protesters gathered outside the ministry in {CITY}.', 'A joint statement promised a follow-up meeting before the end of the year.'],
    quotes: ['This is the beginning of a new chapter between our two countries', 'We agreed on {D0} and we will keep talking about {D1}',
      'Our partnership with {ANCHOR} has never been stronger than it is today'],
  },
  {
    id: 'trial', speakers: '12R', anchor: { type: 'organization', patterns: ['{X} High Court', '{X} Criminal Court'] }, nouns: ['trial', 'hearing', 'case'],
    p1: 'businessman', p2: 'prosecutor', rec: 'presiding judge', org: { type: 'organization', patterns: ['{X} Holdings', '{X} Capital'] },
    n1: [2, 120], n2: [3, 25], n3: [5, 60],
    details: [['fraud', 'bribery', 'money laundering', 'tax evasion', 'embezzlement', 'insider trading'], ['forged invoices', 'offshore accounts', 'shell companies', 'cash payments', 'a land deal'],
      ['a whistleblower', 'an accountant', 'a former driver', 'a bank manager', 'a business partner']],
    vocab: ['trial', 'court', 'judge', 'prosecutors', 'defence', 'verdict', 'charges', 'testimony', 'witnesses', 'jury', 'lawyers', 'evidence', 'sentence', 'indictment', 'courtroom'],
    extra: ['appeal', 'acquittal', 'plea', 'bail', 'hearings', 'documents', 'audit', 'ledger', 'transcripts', 'subpoena', 'custody', 'conviction', 'cross-examination', 'affidavit', 'adjournment'],
    heads: ['{P1} goes on {NOUN} over {D0}', 'Prosecutors seek {N2} years for {P1}', '{P1} denies {D0} charges in {CITY}', 'Witness tells court of {D1}'],
    leads: ['The {NOUN} of {P1}, accused of {D0} involving {N1} million dollars, opened at the {ANCHOR} in {CITY} {DATE}.',
      '{P1} pleaded not guilty to charges of {D0} as the {NOUN} began at the {ANCHOR} {DATE}.'],
    body: ['{P2} told the court that {D1} had been used to move money out of {ORG}.', 'The prosecution plans to call {N3} witnesses, including {D2}.',
      'Lawyers for {P1} {said} their client had done nothing wrong.', '{P2} asked for a sentence of {N2} years.',
      '{REC} warned both sides that the {NOUN} would not be delayed again.', 'The charges followed an audit of {ORG} that found gaps in its accounts.',
      'Supporters of the defendant gathered outside the courthouse in {CITY}.', 'A verdict is not expected for several months.'],
    quotes: ['I have never taken a single coin that was not mine', 'The money was moved through {D1} to hide where it came from',
      'This court will hear every witness and then it will decide'],
  },
  {
    id: 'strike', speakers: '121', anchor: { type: 'organization', patterns: ['{X} Motors', '{X} Steel', '{X} Foods'] }, nouns: ['strike', 'walkout', 'stoppage'],
    p1: 'union leader', p2: 'company spokesperson', rec: 'chief executive', org: { type: 'organization', patterns: ['{X} Workers Union', '{X} Metalworkers Federation'] },
    n1: [300, 12000], n2: [3, 15], n3: [1, 21],
    details: [['the assembly plant', 'the rolling mill', 'the packing plant', 'the distribution centre', 'the paint shop'], ['night shifts', 'pension cuts', 'overtime rules', 'safety checks', 'temporary contracts'],
      ['a pay freeze', 'a plant closure', 'automation', 'outsourcing', 'a new shift system']],
    vocab: ['strike', 'workers', 'union', 'wages', 'pay', 'negotiations', 'picket', 'management', 'contract', 'shifts', 'production', 'bargaining', 'employees', 'dispute', 'demands'],
    extra: ['overtime', 'pensions', 'lockout', 'arbitration', 'mediators', 'payroll', 'layoffs', 'grievances', 'bonuses', 'factory', 'output', 'ballot', 'solidarity', 'inflation', 'staffing'],
    heads: ['{N1} workers walk out at {ANCHOR} plant in {CITY}', '{ANCHOR} {NOUN} enters day {N3}', 'Union demands {N2} percent rise at {ANCHOR}', '{NOUN} halts production at {ANCHOR} in {CITY}'],
    leads: ['About {N1} workers at {D0} of {ANCHOR} in {CITY} went on {NOUN} {DATE}, demanding a pay rise of {N2} percent.',
      'Production at {ANCHOR} in {CITY} stopped {DATE} as {N1} workers began a {NOUN} over {D1}.'],
    body: ['{P1} of the {ORG} {said} members had rejected the latest offer by a large majority.', '{P2} {said} the company could not afford the increase without {D2}.',
      'Pickets gathered at the gates of {D0} from early morning.', 'The {NOUN} is the first at the site in more than a decade.',
      '{REC} invited union representatives to new talks.', 'The dispute centres on {D1} as well as pay.',
      'Suppliers in {CITY} warned that a long {NOUN} would hit their own workers.', 'The union {said} the action could last {N3} days or longer.'],
    quotes: ['We are not asking for luxury, we are asking to be able to pay the rent', 'The offer on the table is fair and it is the best we can do',
      'Nobody goes back to {D0} until there is a deal on {D1}'],
  },
  {
    id: 'election', speakers: '12R', anchor: { type: 'place', patterns: ['{X} State', '{X} Province'] }, nouns: ['election', 'vote', 'poll'],
    p1: 'candidate', p2: 'rival', rec: 'electoral commission chair', org: { type: 'organization', patterns: ['{X} Party', '{X} Alliance'] },
    n1: [38, 64], n2: [20, 37], n3: [45, 82],
    details: [['governor', 'mayor', 'the regional assembly', 'a senate seat', 'the city council'], ['unemployment', 'housing', 'corruption', 'public transport', 'healthcare', 'farm subsidies'],
      ['a recount', 'a runoff', 'a landslide', 'a narrow win', 'a coalition deal']],
    vocab: ['ballots', 'voters', 'turnout', 'campaign', 'candidates', 'polling', 'results', 'constituency', 'electorate', 'runoff', 'count', 'majority', 'opposition', 'seats', 'incumbent'],
    extra: ['canvassing', 'rallies', 'manifesto', 'debate', 'precincts', 'tally', 'observers', 'abstention', 'coalition', 'primaries', 'endorsement', 'mandate', 'pollsters', 'registers', 'ballot'],
    heads: ['{P1} wins {NOUN} in {ANCHOR} with {N1} percent', '{ANCHOR} {NOUN}: {P1} claims victory', 'Turnout of {N3} percent in {ANCHOR} {NOUN}', '{P2} concedes as {P1} takes {ANCHOR}'],
    leads: ['{P1} of the {ORG} won the {NOUN} for {D0} in {ANCHOR} {DATE} with {N1} percent of the vote.',
      'Voters in {ANCHOR} chose {P1} of the {ORG} for {D0} {DATE}, official results showed.'],
    body: ['{P2} came second with {N2} percent and conceded late in the evening.', 'Turnout was {N3} percent, {officials} {said}.',
      '{P1} campaigned mainly on {D1}.', '{REC} {said} the count in {CITY} had been delayed by a power cut but was otherwise orderly.',
      'Analysts described the result as {D2}.', 'Supporters celebrated in the main square of {CITY} until the early hours.',
      'Observers reported only minor irregularities at polling stations.', 'The new administration is due to take office within weeks.'],
    quotes: ['Tonight the people of {ANCHOR} voted for change', 'We will respect the result and we will hold the winner to every promise',
      'Every single vote in {CITY} will be counted before we announce anything'],
  },
  {
    id: 'merger', speakers: '1R2', anchor: { type: 'organization', patterns: ['{X} Group', '{X} Industries'] }, nouns: ['takeover', 'merger', 'acquisition'],
    p1: 'chief executive', p2: 'analyst', rec: 'chairman', org: { type: 'organization', patterns: ['{X} Systems', '{X} Pharma', '{X} Logistics'] },
    n1: [1, 40], n2: [5, 60], n3: [200, 9000],
    details: [['payments software', 'generic medicines', 'cold storage', 'wind turbines', 'satellite imaging', 'pet food'],
      ['the competition regulator', 'minority shareholders', 'pension funds', 'the finance ministry', 'a rival bidder'], ['cash', 'shares', 'cash and shares', 'borrowed money']],
    vocab: ['deal', 'shareholders', 'acquisition', 'bid', 'valuation', 'regulators', 'shares', 'premium', 'investors', 'merger', 'board', 'stake', 'approval', 'synergies', 'market'],
    extra: ['dividend', 'antitrust', 'bankers', 'advisers', 'earnings', 'buyout', 'offer', 'portfolio', 'financing', 'integration', 'takeover', 'divestment', 'listing', 'revenue', 'margin'],
    heads: ['{ANCHOR} agrees {N1} billion deal for {ORG}', '{ORG} backs {ANCHOR} takeover offer', '{ANCHOR} bid for {ORG} faces scrutiny', 'Shares in {ORG} jump on {ANCHOR} offer'],
    leads: ['{ANCHOR} agreed {DATE} to buy {ORG}, a maker of {D0}, for {N1} billion dollars in {D2}.',
      '{ORG} {said} {DATE} its board had accepted a {N1} billion dollar {NOUN} offer from {ANCHOR}.'],
    body: ['The offer values {ORG} at a premium of {N2} percent to its share price before the talks were reported.',
      '{P1} of {ORG} {said} the deal would speed up investment in {D0}.', 'The {NOUN} still needs approval from {D1}.',
      '{P2} {said} the price looked high but the fit was sound.', '{REC} of {ANCHOR} {said} the combined company would keep its headquarters in {CITY}.',
      'Unions asked for guarantees for the {N3} staff employed by {ORG}.', 'Shares in {ORG} rose sharply after the announcement.',
      'The companies expect the deal to close within a year.'],
    quotes: ['Together we can build the leading company in {D0}', 'The price reflects what {ORG} is worth to us over the next decade',
      'We will not let this deal go through without protecting every job'],
  },
  {
    id: 'explosion', speakers: '311', anchor: { type: 'organization', patterns: ['{X} Chemicals', '{X} Refining'] }, nouns: ['explosion', 'blast', 'fire'],
    p1: 'plant manager', p2: 'fire chief', rec: 'environment minister', org: { type: 'organization', patterns: ['{X} Fire Brigade', '{X} Emergency Service'] },
    n1: [1, 45], n2: [3, 200], n3: [1, 15],
    details: [['a storage tank', 'a reactor unit', 'a pipeline', 'a warehouse', 'a loading dock'], ['ammonia', 'chlorine', 'solvents', 'fertiliser', 'diesel fuel'],
      ['a shift change', 'maintenance work', 'a power failure', 'a valve failure', 'a lightning strike']],
    vocab: ['explosion', 'plant', 'chemical', 'smoke', 'fumes', 'evacuation', 'safety', 'inspectors', 'workers', 'leak', 'toxic', 'investigation', 'site', 'firefighters', 'refinery'],
    extra: ['valves', 'tanks', 'hazardous', 'contamination', 'plume', 'sirens', 'masks', 'residue', 'inspectorate', 'compliance', 'emissions', 'odour', 'warehouses', 'pipelines', 'containment'],
    heads: ['{NOUN} at {ANCHOR} plant kills {N1}', '{N1} dead after {NOUN} in {CITY}', '{ANCHOR} {NOUN}: residents told to stay indoors', 'Investigators probe {ANCHOR} {NOUN} in {CITY}'],
    leads: ['A huge {NOUN} tore through a plant run by {ANCHOR} in {CITY} {DATE}, killing {N1} workers and injuring {N2}.',
      '{N1} workers were killed {DATE} when {D0} exploded at the {ANCHOR} plant outside {CITY}, {officials} {said}.'],
    body: ['{P2} of the {ORG} {said} the {NOUN} had started in {D0} containing {D1}.', '{people} within {N3} kilometres were told to keep windows shut.',
      '{P1} {said} the {NOUN} happened during {D2}.', 'Thick black smoke could be seen from across {CITY}.',
      '{REC} ordered an inquiry into safety at the site.', 'Inspectors had visited the plant earlier in the year.',
      'The injured were taken to hospitals in {CITY} and nearby towns.', 'Environmental groups called for tests of air and water around the plant.'],
    quotes: ['The whole building shook and then we saw the flames', 'We will find out exactly what went wrong with {D0}', 'Our thoughts are with the families of the workers we lost'],
  },
  {
    id: 'derailment', speakers: '323', anchor: { type: 'organization', patterns: ['{X} Railways', '{X} Rail'] }, nouns: ['derailment', 'crash', 'accident'],
    p1: 'train driver', p2: 'transport minister', rec: 'rail safety inspector', org: { type: 'organization', patterns: ['{X} Freight', '{X} Signal Works'] },
    n1: [1, 50], n2: [5, 250], n3: [6, 20],
    details: [['a passenger train', 'a night train', 'a commuter train', 'a freight train', 'an express train'], ['a bridge', 'a level crossing', 'a tunnel entrance', 'a sharp bend', 'the station approach'],
      ['signal failure', 'a broken rail', 'excessive speed', 'a landslide on the track', 'a points failure']],
    vocab: ['train', 'carriages', 'tracks', 'derailment', 'passengers', 'railway', 'signal', 'locomotive', 'rescue', 'line', 'investigators', 'speed', 'wreckage', 'station', 'rail'],
    extra: ['sleepers', 'points', 'freight', 'junction', 'embankment', 'axles', 'brakes', 'timetable', 'maintenance', 'coaches', 'crossing', 'viaduct', 'conductor', 'cargo', 'ballast'],
    heads: ['{N1} dead as train derails near {CITY}', '{ANCHOR} {NOUN} near {CITY}: {N2} injured', 'Investigators blame {D2} for {ANCHOR} {NOUN}', 'Train comes off tracks at {D1} near {CITY}'],
    leads: ['{D0} operated by {ANCHOR} came off the tracks near {CITY} {DATE}, killing {N1} {people} and injuring {N2}.',
      'At least {N1} {people} died {DATE} when {N3} carriages of {D0} left the rails at {D1} outside {CITY}.'],
    body: ['{P2} {said} early indications pointed to {D2}.', '{P1}, who survived, was being questioned by investigators.',
      'Rescuers cut through the wreckage to reach {people} trapped inside.', '{REC} {said} the track had been checked a month earlier.',
      'Services on the line through {CITY} were suspended for several days.', 'The train was carrying {about} {N2} passengers when it reached {D1}.',
      '{ORG} {said} it would cooperate fully with the inquiry.', 'Relatives gathered at the station in {CITY} waiting for news.'],
    quotes: ['There was a terrible noise and the carriage rolled over onto its side', 'We will not speculate about {D2} until the investigation is complete',
      'I want to know why this train was going so fast near {CITY}'],
  },
  {
    id: 'flight', speakers: '32R', anchor: { type: 'organization', patterns: ['{X} Airways', '{X} Air'] }, nouns: ['emergency landing', 'diversion', 'incident'],
    p1: 'captain', p2: 'airport spokesperson', rec: 'aviation authority chief', org: { type: 'organization', patterns: ['{X} International Airport', '{X} Airport Authority'] },
    n1: [40, 320], n2: [1, 25], n3: [10, 90],
    details: [['an engine failure', 'a cracked windscreen', 'smoke in the cabin', 'a bird strike', 'a hydraulic fault', 'a landing gear problem'],
      ['a wide-body jet', 'a regional turboprop', 'a narrow-body jet', 'a charter plane'], ['foam on the runway', 'inflatable slides', 'fire engines', 'an escort of fighter jets']],
    vocab: ['flight', 'passengers', 'runway', 'pilots', 'cabin', 'crew', 'aircraft', 'landing', 'engine', 'airline', 'investigators', 'departure', 'jet', 'airport', 'safety'],
    extra: ['turbulence', 'diversion', 'evacuation', 'fuselage', 'cockpit', 'mayday', 'hangar', 'tarmac', 'altitude', 'takeoff', 'terminal', 'luggage', 'slides', 'controllers', 'maintenance'],
    heads: ['{ANCHOR} jet makes emergency landing in {CITY}', '{N1} passengers safe after {D0} on {ANCHOR} flight', '{ANCHOR} flight diverts to {CITY} after {D0}', '{NOUN} at {CITY}: {N2} hurt'],
    leads: ['{D1} operated by {ANCHOR} made an emergency landing in {CITY} {DATE} after {D0}, {officials} {said}.',
      'A {ANCHOR} flight carrying {N1} passengers diverted to {CITY} {DATE} following {D0}.'],
    body: ['{P1} declared an emergency {N3} minutes after takeoff.', 'The plane landed safely, with {D2} waiting on the runway.',
      '{N2} {people} were treated for minor injuries after leaving the aircraft.', '{P2} of {ORG} {said} several departures were delayed.',
      '{REC} opened an investigation into {D0}.', 'Passengers praised the crew for staying calm.',
      'The airline {said} it would arrange onward travel for everyone on board.', 'The aircraft had passed a routine inspection weeks before the {NOUN}.'],
    quotes: ['The captain told us to brace and then it was very quiet', 'The crew followed every procedure and everyone on board is safe',
      'We need to understand how {D0} could happen on a modern aircraft'],
  },
  {
    id: 'protest', speakers: '123', anchor: { type: 'place', patterns: ['{X}'] }, nouns: ['protest', 'demonstration', 'rally'],
    p1: 'organiser', p2: 'police chief', rec: 'interior minister', org: { type: 'organization', patterns: ['{X} Citizens Forum', '{X} Students Union', '{X} Farmers League'] },
    n1: [500, 80000], n2: [5, 300], n3: [3, 60],
    details: [['fuel prices', 'a pension reform', 'a new mining law', 'bread prices', 'a tax on small traders', 'university fees'],
      ['the parliament building', 'the main square', 'the presidential palace', 'the city hall', 'the finance ministry'], ['tear gas', 'water cannon', 'rubber bullets', 'mounted police', 'barricades']],
    vocab: ['protesters', 'police', 'demonstrators', 'crowd', 'march', 'banners', 'arrests', 'rally', 'slogans', 'government', 'reform', 'clashes', 'unrest', 'opposition', 'square'],
    extra: ['placards', 'chants', 'curfew', 'dispersal', 'riot', 'blockade', 'sit-in', 'petition', 'marchers', 'cordon', 'activists', 'megaphones', 'grievance', 'boycott', 'rallies'],
    heads: ['Thousands march in {CITY} against {D0}', 'Police use {D2} on protesters in {CITY}', '{N2} arrested at {CITY} {NOUN}', '{ANCHOR} protests over {D0} spread to {CITY}'],
    leads: ['Tens of thousands of {people} marched through {CITY} {DATE} to protest against {D0}, the largest {NOUN} in {ANCHOR} for years.',
      'Police in {CITY} used {D2} {DATE} to disperse a {NOUN} against {D0} outside {D1}.'],
    body: ['{P1} of the {ORG} {said} {N1} {people} had taken part.', '{P2} {said} {N2} {people} had been arrested and {N3} officers injured.',
      'Protesters carried banners and chanted outside {D1}.', '{REC} {said} the government would not be pressured by the street.',
      'Shops along the route in {CITY} pulled down their shutters.', 'The {NOUN} was organised largely through messaging groups.',
      'Opposition parties called for talks on {D0}.', 'Organisers promised further marches the following week.'],
    quotes: ['We will stay on the streets until {D0} is withdrawn', 'Officers acted only after the crowd attacked the police line',
      'Our children cannot live on these wages and we are tired of waiting'],
  },
  {
    id: 'recall', speakers: '212', anchor: { type: 'organization', patterns: ['{X} Food Safety Authority', '{X} Consumer Safety Office'] }, nouns: ['recall', 'withdrawal', 'safety alert'],
    p1: 'managing director', p2: 'authority spokesperson', rec: 'health minister', org: { type: 'organization', patterns: ['{X} Dairies', '{X} Toys', '{X} Appliances', '{X} Baby Foods'] },
    n1: [10000, 900000], n2: [2, 60], n3: [2, 28],
    details: [['infant formula', 'frozen berries', 'electric kettles', "children's car seats", 'peanut butter', 'scooters'], ['salmonella', 'listeria', 'a choking hazard', 'overheating', 'loose parts', 'glass fragments'],
      ['supermarkets', 'pharmacies', 'online shops', 'discount chains', 'garden centres']],
    vocab: ['recall', 'products', 'consumers', 'batches', 'safety', 'contamination', 'refund', 'retailers', 'labels', 'testing', 'hazard', 'customers', 'inspection', 'shelves', 'warning'],
    extra: ['packaging', 'barcode', 'laboratory', 'manufacturer', 'complaints', 'lot', 'expiry', 'distributors', 'quarantine', 'traceability', 'sampling', 'withdrawal', 'returns', 'compliance', 'stockists'],
    heads: ['{ORG} recalls {D0} over {D1}', '{N1} units of {D0} pulled from shelves', '{ANCHOR} warns of {D1} in {D0}', '{D0} recall widens after {N2} reports'],
    leads: ['{ORG} is recalling {N1} units of {D0} because of {D1}, the {ANCHOR} {said} {DATE}.',
      'The {ANCHOR} issued a {NOUN} {DATE} for {D0} made by {ORG} after tests found {D1}.'],
    body: ['{P2} {said} there had been {N2} reports of people falling ill or being hurt.', 'The products were sold through {D2} across the country.',
      'Customers were told to return the items for a full refund.', '{P1} of {ORG} apologised and {said} the company was working with the authority.',
      '{N3} batches were affected, according to the notice.', '{REC} ordered a review of inspections at the factory in {CITY}.',
      'Retailers removed the products from their shelves within hours.', 'Laboratory tests on further samples were continuing.'],
    quotes: ['Please check the batch number and do not use the product', 'We are deeply sorry and we are taking all {D0} off the market',
      'Our inspectors will visit the factory in {CITY} again this week'],
  },
  {
    id: 'cyberattack', speakers: '121', anchor: { type: 'organization', patterns: ['{X} Cyber Security Centre', 'National {X} Cyber Agency'] }, nouns: ['cyberattack', 'hack', 'breach'],
    p1: 'chief executive', p2: 'security researcher', rec: 'agency director', org: { type: 'organization', patterns: ['{X} Bank', '{X} Health', '{X} Telecom', '{X} Energy'] },
    n1: [20, 4000], n2: [1, 40], n3: [1, 14],
    details: [['ransomware', 'stolen passwords', 'a phishing campaign', 'a software flaw', 'a compromised supplier'], ['customer records', 'payment data', 'medical files', 'staff emails', 'billing systems'],
      ['a criminal gang', 'hackers linked to a foreign state', 'a former employee', 'an unknown group']],
    vocab: ['hackers', 'systems', 'data', 'ransomware', 'attack', 'networks', 'security', 'servers', 'customers', 'breach', 'encryption', 'passwords', 'investigation', 'outage', 'software'],
    extra: ['malware', 'firewall', 'backups', 'credentials', 'patch', 'vulnerability', 'phishing', 'ransom', 'forensic', 'logins', 'endpoints', 'decryption', 'exfiltration', 'helpdesk', 'accounts'],
    heads: ['{ORG} hit by {NOUN}', '{NOUN} at {ORG} exposes {D1}', '{ORG} systems down for day {N3} after attack', '{ANCHOR} investigates {ORG} {NOUN}'],
    leads: ['{ORG} {said} {DATE} that a {NOUN} using {D0} had exposed {D1} of {about} {N1} thousand customers.',
      'Systems at {ORG} were shut down {DATE} after a {NOUN} that the {ANCHOR} blamed on {D2}.'],
    body: ['{P1} of {ORG} {said} the company had not paid any ransom.', '{P2} {said} the attackers had demanded {N2} million dollars.',
      'Some services were offline for {N3} days.', 'The {ANCHOR} {said} it was helping the company restore its systems.',
      '{REC} urged other firms to update their software.', 'Customers were advised to change their passwords and watch for fraud.',
      'The company, based in {CITY}, {said} it had reported the {NOUN} to the police.', 'Investigators believe the attackers got in through {D0}.'],
    quotes: ['We took our systems offline to protect our customers', 'This group has hit at least a dozen companies with {D0} this year',
      'We will not negotiate with criminals under any circumstances'],
  },
  {
    id: 'drugs', speakers: '221', anchor: { type: 'organization', patterns: ['{X} Customs Service', '{X} Border Police'] }, nouns: ['seizure', 'haul', 'bust'],
    p1: 'suspect', p2: 'customs official', rec: 'interior minister', org: { type: 'organization', patterns: ['{X} Shipping', '{X} Fruit Traders'] },
    n1: [100, 9000], n2: [2, 30], n3: [5, 400],
    details: [['cocaine', 'heroin', 'methamphetamine', 'cannabis resin', 'synthetic opioids'], ['banana crates', 'a shipping container', 'frozen fish', 'a lorry carrying furniture', 'coffee sacks'],
      ['sniffer dogs', 'a cargo scanner', 'a tip-off', 'months of surveillance', 'an undercover officer']],
    vocab: ['smuggling', 'drugs', 'customs', 'cargo', 'traffickers', 'seizure', 'port', 'container', 'arrests', 'cartel', 'narcotics', 'kilograms', 'police', 'shipment', 'investigation'],
    extra: ['contraband', 'courier', 'warehouse', 'smugglers', 'consignment', 'raid', 'trafficking', 'gangs', 'dealers', 'laboratory', 'vessel', 'inspection', 'operation', 'intelligence', 'network'],
    heads: ['{N1} kg of {D0} seized at {CITY} port', '{ANCHOR} finds {D0} hidden in {D1}', '{N2} arrested over record {D0} {NOUN}', '{D0} worth {N3} million seized in {CITY}'],
    leads: ['The {ANCHOR} seized {N1} kilograms of {D0} hidden in {D1} at the port of {CITY} {DATE}.',
      'Officers at the port of {CITY} found {N1} kilograms of {D0} concealed in {D1} {DATE}, the {ANCHOR} {said}.'],
    body: ['The drugs have a street value of {about} {N3} million dollars.', '{N2} {people} were arrested, including {P1}.',
      '{P2} {said} the shipment had been detected thanks to {D2}.', 'The cargo had been declared by {ORG}, which {said} it had no knowledge of the drugs.',
      '{REC} called the {NOUN} a blow to organised crime.', 'Investigators believe the shipment was meant for markets abroad.',
      'It is one of the largest seizures ever made at the port of {CITY}.', 'The suspects are due to appear before a judge.'],
    quotes: ['This {NOUN} takes {N1} kilos of poison off our streets', 'The gangs keep changing their methods and we keep changing ours',
      'I had no idea what was inside {D1}'],
  },
  {
    id: 'outbreak', speakers: '122', anchor: { type: 'place', patterns: ['{X} Province', '{X} District'] }, nouns: ['outbreak', 'epidemic', 'cluster of cases'],
    p1: 'doctor', p2: 'health official', rec: 'health minister', org: { type: 'organization', patterns: ['{X} General Hospital', '{X} Public Health Institute'] },
    n1: [20, 3000], n2: [1, 90], n3: [2, 40],
    details: [['cholera', 'measles', 'dengue fever', 'typhoid', 'meningitis', 'hepatitis A'], ['contaminated wells', 'a school canteen', 'a wedding feast', 'a refugee camp', 'a fish market'],
      ['vaccination teams', 'chlorine tablets', 'field clinics', 'mosquito nets', 'water tankers']],
    vocab: ['outbreak', 'cases', 'patients', 'infection', 'vaccination', 'symptoms', 'hospital', 'clinics', 'health', 'disease', 'transmission', 'doctors', 'deaths', 'treatment', 'quarantine'],
    extra: ['epidemiologists', 'contagion', 'hygiene', 'sanitation', 'laboratory', 'wards', 'fever', 'isolation', 'antibiotics', 'dehydration', 'nurses', 'screening', 'immunisation', 'surveillance', 'pathogen'],
    heads: ['{D0} {NOUN} kills {N2} in {ANCHOR}', '{N1} cases of {D0} reported near {CITY}', 'Health teams rush to contain {D0} in {ANCHOR}', '{D0} {NOUN} linked to {D1}'],
    leads: ['Health officials in {ANCHOR} reported {N1} cases of {D0} {DATE}, most of them around {CITY}, and {N2} deaths.',
      'The {NOUN} of {D0} near {CITY} has killed {N2} {people} and infected {N1}, {officials} in {ANCHOR} {said} {DATE}.'],
    body: ['{P2} {said} the {NOUN} had been traced to {D1}.', '{P1} at the {ORG} {said} wards were full and staff were exhausted.',
      'Cases have been confirmed in {N3} villages.', 'The government sent {D2} to the worst-affected areas.',
      '{REC} visited {CITY} and promised extra funding.', 'Schools in the area were closed as a precaution.',
      'Aid agencies warned that the {NOUN} could spread during the rainy season.', 'Residents were urged to boil drinking water and wash their hands.'],
    quotes: ['We are seeing new patients every hour and we are running out of beds', 'The source of the {NOUN} was {D1} and it has now been closed',
      'We can stop {D0} if people come to the clinics early'],
  },
  {
    id: 'final', speakers: '122', anchor: { type: 'other', patterns: ['{X} Cup', '{X} Championship'] }, nouns: ['final', 'match', 'showdown'],
    p1: 'striker', p2: 'coach', rec: 'league president', org: { type: 'organization', patterns: ['{X} United', '{X} Athletic', 'FC {X}'] },
    n1: [2, 5], n2: [0, 1], n3: [18000, 90000],
    details: [['a header', 'a penalty', 'a free kick', 'a long-range shot', 'a late volley'], ['extra time', 'a red card', 'a missed penalty', 'a goalkeeping error', 'a comeback'],
      ['the national stadium', 'a rain-soaked pitch', 'a sold-out arena', 'a neutral ground']],
    vocab: ['final', 'goal', 'trophy', 'fans', 'match', 'players', 'season', 'stadium', 'victory', 'coach', 'team', 'title', 'league', 'score', 'cup'],
    extra: ['midfield', 'defender', 'goalkeeper', 'penalty', 'halftime', 'substitute', 'supporters', 'tournament', 'kickoff', 'referee', 'champions', 'squad', 'dressing', 'celebrations', 'whistle'],
    heads: ['{ORG} win {ANCHOR} final {N1}-{N2}', '{P1} scores as {ORG} lift {ANCHOR}', '{ORG} crowned {ANCHOR} champions in {CITY}', '{ANCHOR} final: {ORG} beat rivals after {D1}'],
    leads: ['{ORG} won the {ANCHOR} {DATE}, beating their rivals {N1}-{N2} in the {NOUN} in {CITY}.',
      '{P1} scored the decisive goal with {D0} as {ORG} won the {ANCHOR} {NOUN} {N1}-{N2} in {CITY} {DATE}.'],
    body: ['The {NOUN} was decided after {D1}.', '{P2} {said} the players had earned the trophy.', 'A crowd of {N3} watched at {D2}.',
      '{P1} was named player of the match.', 'Fans celebrated in the streets of {CITY} late into the night.',
      '{REC} presented the trophy after the final whistle.', "It was the club's first title in more than a decade.", 'The losing side complained about the referee.'],
    quotes: ['I dreamed about scoring in a {NOUN} like this since I was a child', 'These players gave everything after {D1} and they deserve this',
      'This cup belongs to the people of {CITY}'],
  },
  {
    id: 'corruption', speakers: '12R', anchor: { type: 'place', patterns: ['{X}'] }, nouns: ['scandal', 'affair', 'resignation'],
    p1: 'deputy minister', p2: 'anti-corruption prosecutor', rec: 'prime minister', org: { type: 'organization', patterns: ['{X} Construction', '{X} Engineering'] },
    n1: [1, 90], n2: [2, 20], n3: [2, 12],
    details: [['road contracts', 'hospital tenders', 'school building', 'a housing programme', 'defence purchases'], ['leaked recordings', 'bank transfers', 'a luxury villa', 'an audit report', 'a whistleblower complaint'],
      ['a snap election', 'a no-confidence vote', 'a cabinet reshuffle', 'a parliamentary inquiry']],
    vocab: ['corruption', 'scandal', 'resignation', 'prosecutors', 'bribes', 'government', 'allegations', 'investigation', 'contracts', 'minister', 'tender', 'parliament', 'inquiry', 'officials', 'kickbacks'],
    extra: ['procurement', 'graft', 'auditors', 'payments', 'lobbying', 'cronyism', 'transparency', 'favouritism', 'accountability', 'immunity', 'wiretap', 'subcontractor', 'ethics', 'dossier', 'invoices'],
    heads: ['{P1} resigns over {D0} {NOUN}', '{ANCHOR} {NOUN}: {P1} quits', 'Prosecutors probe {D0} after {D1}', '{NOUN} over {D0} shakes {ANCHOR} government'],
    leads: ['{P1} of {ANCHOR} resigned {DATE} after {D1} linked the minister to {D0} worth {N1} million dollars.',
      'The government of {ANCHOR} was shaken {DATE} by the resignation of {P1} over {D0}.'],
    body: ['{P2} {said} {N2} contracts awarded to {ORG} were under investigation.', '{P1} denied wrongdoing and {said} the accusations were false.',
      '{N3} other officials were questioned.', 'Opposition parties demanded {D2}.',
      '{REC} accepted the resignation and promised full cooperation with prosecutors.', '{ORG} {said} all its contracts had been won fairly.',
      'The {NOUN} has dominated newspapers in {CITY} for days.', 'Anti-corruption groups called for a public register of contracts.'],
    quotes: ['I have done nothing wrong and I will prove it in court', 'Public money was diverted through {D0} to private accounts', 'Nobody in this government is above the law'],
  },
  {
    id: 'mine', speakers: '121', anchor: { type: 'organization', patterns: ['{X} Mining', '{X} Coal'] }, nouns: ['mine collapse', 'mining accident', 'disaster'],
    p1: 'mine manager', p2: 'union representative', rec: 'mines minister', org: { type: 'organization', patterns: ['{X} Mine Rescue Service', '{X} Mining Inspectorate'] },
    n1: [2, 70], n2: [1, 40], n3: [200, 1200],
    details: [['a gas explosion', 'a tunnel collapse', 'flooding in a shaft', 'a rockfall', 'a fire underground'], ['a coal mine', 'a gold mine', 'a copper mine', 'a potash mine'],
      ['ventilation', 'gas sensors', 'escape routes', 'roof supports']],
    vocab: ['miners', 'shaft', 'mine', 'rescue', 'tunnel', 'underground', 'trapped', 'methane', 'collapse', 'coal', 'safety', 'workers', 'pit', 'rescuers', 'depth'],
    extra: ['oxygen', 'seam', 'galleries', 'drilling', 'inspectorate', 'colliery', 'lamps', 'cage', 'hoist', 'ore', 'timbering', 'sensors', 'explosives', 'canaries', 'winch'],
    heads: ['{N1} miners trapped after {D0} near {CITY}', '{N2} dead in {ANCHOR} {NOUN}', 'Rescuers race to reach miners at {ANCHOR} pit', '{D0} at {ANCHOR} mine near {CITY}'],
    leads: ['{N1} miners were trapped {N3} metres underground after {D0} at {D1} run by {ANCHOR} near {CITY} {DATE}.',
      '{D0} at {D1} operated by {ANCHOR} near {CITY} killed {N2} miners {DATE}, {officials} {said}.'],
    body: ['Teams from the {ORG} were drilling towards the trapped men.', '{P1} {said} air was being pumped into the tunnels.',
      '{P2} {said} workers had complained about {D2} for months.', 'Families waited at the pit entrance through the night.',
      '{REC} travelled to {CITY} and ordered checks at all mines run by {ANCHOR}.', 'The death toll rose to {N2} as rescuers recovered more bodies.',
      'Mining is the main employer in the area around {CITY}.', 'An inquiry will examine whether safety rules were broken.'],
    quotes: ['We can hear tapping and we believe some of them are alive', 'The men told us about {D2} again and again and nothing was done',
      'We will not stop until every miner is brought to the surface'],
  },
  {
    id: 'rates', speakers: 'R21', anchor: { type: 'organization', patterns: ['Bank of {X}', '{X} Reserve Bank'] }, nouns: ['rate decision', 'rate move', 'policy decision'],
    p1: 'board member', p2: 'economist', rec: 'governor', org: { type: 'organization', patterns: ['{X} Capital', '{X} Securities'] },
    n1: [25, 100], n2: [2, 12], n3: [3, 9],
    details: [['raised', 'cut'], ['food prices', 'energy costs', 'wage growth', 'a weak currency', 'housing costs'], ['mortgage holders', 'exporters', 'savers', 'small businesses', 'the bond market']],
    vocab: ['inflation', 'interest', 'rates', 'bank', 'policy', 'economy', 'growth', 'markets', 'currency', 'borrowing', 'prices', 'lending', 'monetary', 'bonds', 'economists'],
    extra: ['yields', 'mortgages', 'liquidity', 'deflation', 'forecasts', 'recession', 'stimulus', 'tightening', 'easing', 'wages', 'consumers', 'credit', 'savings', 'exchange', 'outlook'],
    heads: ['{ANCHOR} {D0} rates by {N1} basis points', '{ANCHOR} moves on rates as inflation hits {N2} percent', 'Markets react to {ANCHOR} {NOUN}', '{ANCHOR} {NOUN} splits board'],
    leads: ['The {ANCHOR} {D0} its main interest rate by {N1} basis points {DATE}, citing {D1}.',
      'The {ANCHOR} {D0} borrowing costs {DATE} by {N1} basis points, as inflation stood at {N2} percent.'],
    body: ['{P1} voted against the decision, the minutes showed.', '{REC} {said} the bank would act again if {D1} kept pushing prices up.',
      '{P2} at {ORG} {said} the move would hurt {D2}.', 'The currency strengthened after the announcement.',
      'The main rate now stands at {N3} percent.', 'Bond yields moved sharply in early trading.',
      'The next {NOUN} is due in six weeks.', 'Business groups in {CITY} warned about the cost of credit.'],
    quotes: ['We will do whatever it takes to bring inflation back to target', 'This decision will hit {D2} hardest in the coming months',
      'The board was not united and I could not support this move'],
  },
];

/** Kind-independent sentences about the event, filled with the topic's vocabulary ({W}). */
const TOPIC_SENTENCES = [
  'The {NOUN} in {CITY} has drawn attention to {W} and {W} across {ANCHOR}.', '{officials} {said} the {W} would be reviewed in the coming weeks.',
  'Coverage of the {NOUN} focused on the {W}, which many {people} described as the central issue.', 'In {CITY}, talk of the {W} dominated conversations in cafes and shops.',
  'Experts {said} questions about {W} had been raised long before the {NOUN}.', 'The {NOUN} is likely to shape debate about {W} in {ANCHOR} for months.',
  'A further briefing on the {W} was scheduled for the following morning.', 'Some {people} in {CITY} said they had expected problems with the {W}.',
  'Local radio in {CITY} carried hours of calls about the {W}.', 'The {W} and the {W} were the first things reporters asked about.',
];

/** A reminder of the topic's previous event: the same kind of thing, another place, another year. */
const BACKGROUND_SENTENCES = [
  'The last comparable {NOUN} involving {ANCHOR} was in {PYEAR}, in {PCITY}.', 'It recalled the {NOUN} in {PCITY} in {PYEAR}, which also involved {ANCHOR}.',
  'Observers compared it with the {NOUN} in {PCITY} in {PYEAR}.',
];

const HISTORY_SENTENCES = ['Local archives going back to {OYEAR} list few comparable cases in {CITY}.', 'Records kept since {OYEAR} show nothing on this scale in the area.'];

/** Leads of follow-up pieces published weeks after the event. */
const FOLLOW_UP_LEADS = [
  'Weeks after the {NOUN} in {CITY} {DATE}, {officials} {said} the consequences were still being felt.',
  '{officials} in {CITY} are still dealing with the aftermath of the {NOUN} that took place {DATE}.',
  'A review of the {NOUN} in {CITY} {DATE} has begun, {officials} {said}.',
];

/**
 * Sentences about what one event had of its own: a witness ({P3}), a district ({DISTRICT}) and things seen
 * there ({EP}, {EO}: the event's own places and things). Articles of one story share these words; other events of the topic do not.
 */
const EVENT_SENTENCES = [
  '{P3} {said} the {EP} near {DISTRICT} was the first thing people talked about.', 'Pictures shared online showed the {EP} and a {EO} in {DISTRICT}.',
  'In {DISTRICT}, {people} gathered by the {EP} to exchange news.', 'For many in {CITY}, the {EO} outside the {EP} in {DISTRICT} became the image of the day.',
  '{P3} described the scene around the {EP} in detail.', 'Reporters were taken to see the {EP} and the nearby {EP}.',
  'Several {people} mentioned the {EP}, which stands at the edge of {DISTRICT}.', 'Volunteers set up near the {EP} with a {EO} and a {EO} for those who needed them.',
  'Attention in {DISTRICT} turned to the {EP} and what would happen to it.', '{P3} {said} the {EO} by the {EP} would be remembered for a long time.',
];

const ROLES3 = ['resident', 'shopkeeper', 'teacher', 'taxi driver', 'student', 'nurse', 'pensioner', 'local councillor', 'priest', 'engineer', 'café owner', 'retired officer'];

/** Places and things an event can be remembered by; each event takes four of each, so two events rarely share many. */
const PLACE_WORDS = (
  'bakery orchard warehouse chapel library depot stadium clinic pharmacy kiosk fountain statue footbridge canal lighthouse quarry brewery dairy ' +
  'greenhouse barn stable garage workshop laundry cinema theatre museum gallery arcade hotel hostel kindergarten campus dormitory courthouse ' +
  'barracks cemetery playground aquarium marina pier jetty boathouse courtyard gateway archway terrace veranda cellar canteen cafeteria ' +
  'roundabout crossroads underpass overpass towpath boardwalk promenade esplanade riverbank hillside meadow pasture vineyard fairground ' +
  'watchtower bandstand sawmill granary mill bathhouse monument obelisk observatory planetarium gymnasium velodrome racecourse ropeway funicular'
).split(' ');
const OBJECT_WORDS = (
  'ambulance tractor lorry minibus scooter bicycle trailer crane ladder mattress lantern candle kettle stove suitcase backpack umbrella helmet ' +
  'banner poster leaflet ticket passport notebook camera microphone loudspeaker megaphone whistle flashlight compass map antenna piano violin ' +
  'guitar drum trumpet accordion puppet carpet curtain wardrobe cupboard bookcase armchair sofa bench hammock cradle stroller wheelchair ' +
  'thermos sandwich loaf cheese honey jam sausage pastry cake biscuits lemonade cider teapot rope chain ' +
  'drone balloon kite wreath bouquet flag lamp clock bell bucket shovel wheelbarrow basket'
).split(' ');

/**
 * Colour a reporter adds, with places and things seen on the day ({GP}, {GO}): words of this article only,
 * as real reports have many, so two reports of one event share much but not all of their vocabulary.
 */
const COLOUR_SENTENCES = [
  'Near the {GP}, a small crowd watched in silence.', 'One woman said the {GP} and the {GP} had never looked so quiet.',
  'A {GO} and a {GO} were left behind in the street.', 'Someone had left a {GO} by the {GP}.',
  'Children played near the {GP} while adults talked.', 'A man carrying a {GO} stopped to watch.', 'The {GP} on the corner stayed open all night.',
  'Some compared the mood to a quiet day at the {GP}.', 'A {GO} stood abandoned outside the {GP}.', 'An elderly man sat by a {GO} near the {GP}, listening to the radio.',
  'By noon the {GP} was busy again.', 'A hand-written sign on the {GP} asked for news of relatives.', 'Pigeons gathered on the roof of the {GP}.',
  'A {GO} had been tied to the railings of the {GP}.',
];

/** General news filler, no names: what pads every article whatever it is about. */
const FILLERS = [
  'Further details were not immediately available.', 'The figures could not be independently verified.',
  '{officials} {said} they would release more information later in the week.', 'Reporters at the scene described a tense atmosphere.',
  'It was not immediately clear what would happen next.', 'Analysts cautioned against drawing early conclusions.',
  'A spokesperson declined to comment on the specifics.', 'Public reaction on social media was mixed.',
  'Some {people} questioned why warnings had not come sooner.', 'The matter is expected to be discussed at the next council session.',
  '{officials} urged the public to rely on verified information.', 'Traffic in the area was disrupted for several hours.',
  'Opposition figures called for an independent review.', 'Observers noted that similar concerns had been raised before.',
  'The government has not yet issued a formal statement.', 'Local businesses reported a drop in customers.',
  'Volunteers set up a collection point for donations.', 'A hotline was opened for worried relatives.',
  'The next update is expected in the morning.', 'Several roads remained closed late into the evening.',
  'Community leaders appealed for calm.', 'Insurers were still assessing the likely cost.',
  'Schools sent letters home to parents.', 'Church groups offered food and shelter to those affected.',
  'The mood in the town was sombre.', 'Many {people} followed events on the radio.',
  'An official report is due within three months.', 'Questions were also raised in parliament.',
  'Newspapers devoted several pages to the events.', 'Some shops stayed open late to help.',
  'The local football match was postponed.', 'Emergency numbers were overwhelmed for a time.',
  'Neighbours helped each other clear the streets.', 'Aid organisations said they were ready to assist.',
  'A minute of silence was held at noon.', 'Rumours spread quickly online, many of them false.',
  'Foreign embassies advised their citizens to take care.', 'Several events planned for the weekend were cancelled.',
  'Economists said it was too early to judge the impact.', 'Residents described a long and difficult night.',
];

/** Openers some outlets put before a sentence; they change wording at sentence starts, as editors do. */
const CONNECTORS = ['Meanwhile, ', 'Separately, ', 'By the evening, ', 'Earlier, ', 'At the same time, ', 'Later, ', 'Elsewhere, '];

const SYNONYMS: Record<string, string[]> = {
  said: ['said', 'told reporters', 'stated', 'added'],
  officials: ['officials', 'authorities', 'local officials', 'government officials'],
  people: ['people', 'residents', 'locals', 'citizens'],
  about: ['about', 'around', 'roughly', 'some'],
};
const SYNONYM_GROUPS = Object.keys(SYNONYMS);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const VAGUE_DATES = ['this week', 'earlier this week', 'in recent days'];

// ---------------------------------------------------------------------------------------------------------
// Invented names, from syllables, unique across the whole stream so two events never share a person or place
// by accident (they share one only when the generator means them to: a topic's anchor and official).

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'tr', 'st', 'sh', 'gr', 'pr', 'vl', 'zh', 'kh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'a', 'ai', 'ei', 'ou'];
const LINKS = ['n', 'r', 'l', 'v', 'd', 's', 'm', 't'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'v', 'nd', 'rt', 'sk', 'th', 'ns', 'rk'];
const FAMILY_ENDINGS = ['ov', 'ek', 'ani', 'ez', 'ard', 'ins', 'ova', 'escu', 'ich', 'berg', 'sen', 'ul', 'ar', 'ida', 'oni'];
const FEMALE_ENDINGS = ['a', 'ia', 'ina', 'elle', 'ine', 'ara'];
const MALE_ENDINGS = ['o', 'an', 'ek', 'us', 'ir', 'em'];
const PLACE_ENDINGS = ['a', 'o', 'vil', 'grad', 'stad', 'mor', 'hav', 'ten', 'burg', 'ia', 'is', 'ovo', 'ane'];
const STEM_ENDINGS = ['ia', 'an', 'or', 'esh', 'ay', 'ine', 'ex', 'on', 'ara', 'tek', 'ium', 'ova'];
const OUTLET_SHAPES = ['The {C} Herald', 'The {C} Post', '{C} Courier', 'The {C} Times', '{C} Gazette', 'The {C} Chronicle', '{C} Observer', 'The {C} Ledger',
  '{C} Tribune', '{C} Daily', 'The {C} Record', '{C} Dispatch', '{S} News', '{S} Today', '{S} Online'];
const WIRE_SHAPES = ['{S} Press Agency', '{S} Wire', '{S} News Agency', '{S} Press Service'];

class NameMaker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  /** A fresh name of one or two syllables before the ending; three once the short ones run out. */
  private make(endings: readonly string[]): string {
    for (let attempt = 0; ; attempt++) {
      const syllables = this.rng.int(1, 2) + (attempt > 50 ? 1 : 0);
      let w = '';
      for (let i = 0; i < syllables; i++) w += this.rng.pick(ONSETS) + this.rng.pick(VOWELS) + (i < syllables - 1 ? this.rng.pick(CODAS) : '');
      const ending = this.rng.pick(endings);
      // A consonant between a vowel and a vowel ending keeps names pronounceable ("Dorva", not "Doia").
      if (/[aeiou]$/.test(w) && /^[aeiou]/.test(ending)) w += this.rng.pick(LINKS);
      w += ending;
      if (/[aeiou]{3}|([a-z])\1\1/.test(w)) continue;
      w = w[0]!.toUpperCase() + w.slice(1);
      const key = w.toLowerCase();
      // One content term, so a name is never a stopword and stays one term in the profile.
      if (w.length < 4 || w.length > 13 || this.used.has(key) || contentTerms(w).length !== 1) continue;
      this.used.add(key);
      return w;
    }
  }

  person(): Person {
    const female = this.rng.chance(0.5);
    const first = this.make(female ? FEMALE_ENDINGS : MALE_ENDINGS);
    const last = this.make(FAMILY_ENDINGS);
    const full = `${first} ${last}`;
    return { full, last, female, key: entityKey({ name: full, type: 'person' })! };
  }

  place(): string {
    return this.make(PLACE_ENDINGS);
  }

  stem(): string {
    return this.make(STEM_ENDINGS);
  }
}

interface Person {
  full: string;
  last: string;
  female: boolean;
  key: string;
}

interface Named {
  name: string;
  type: EntityType;
  key: string;
}

const named = (name: string, type: EntityType): Named => ({ name, type, key: entityKey({ name, type })! });

// ---------------------------------------------------------------------------------------------------------
// The world: outlets, topics, events.

interface Outlet {
  name: string;
  wire: boolean;
  /** How the outlet writes the event date: a full date, day and month, the weekday, or not at all. */
  dateStyle: 'full' | 'dayMonth' | 'weekday' | 'vague';
  honorifics: boolean;
  datelines: number;
  lengthMean: number;
  connectors: number;
  /** Preferred variant per synonym group; used most of the time, so each outlet has its own voice. */
  prefs: Record<string, number>;
}

interface Topic {
  id: string;
  kind: Kind;
  anchor: Named;
  rec: Person;
  vocab: string[];
}

interface Event {
  meta: SyntheticEvent;
  topic: Topic;
  day: number;
  p1: Person;
  p2: Person;
  city: Named;
  org: Named;
  name: Named | null;
  numbers: [number, number, number];
  details: [string, string, string];
  /** What this event had of its own: a witness, a district, six things, and the kind's sentences it is told with. */
  p3: Person;
  role3: string;
  district: Named;
  places: string[];
  objects: string[];
  body: string[];
  /** The story's two quotes (full text), who says them, and their profile keys. */
  quotes: { text: string; speaker: Person; role: string; key: string | null }[];
  prev: { city: Named; year: number } | null;
}

/** One rendered sentence and what it contributes to the profile. */
interface Sentence {
  text: string;
  mentions: Named[];
  dated: boolean;
  years: number[];
  quoteKey: string | null;
}

interface Draft {
  event: Event;
  outlet: Outlet;
  ts: number;
  title: string;
  paragraphs: Sentence[][];
  dateline: string | null;
  copyOf: Draft | null;
  /** The wire service a re-post credits, or null. */
  wire: string | null;
  id: string;
  /** Filled once the story is written, when the sentences are dropped to keep the heap small. */
  text: string;
  profile: ArticleProfile | null;
}

const DAY0 = Date.UTC(2019, 0, 7) / 86_400_000;
/** Events fall within six years, so a topic's thirty-odd events are about two months apart. */
const SPAN_DAYS = 2190;

const isoDay = (day: number): string => new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The profile key of a quote, as profile.ts keys direct quotes: its first eight words, six at least. */
function quoteKey(text: string): string | null {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 6 ? words.slice(0, 8).join(' ') : null;
}

function makeOutlets(rng: Random, names: NameMaker, count: number): Outlet[] {
  const out: Outlet[] = [];
  for (let i = 0; i < count; i++) {
    const wire = i < 4;
    const shape = rng.pick(wire ? WIRE_SHAPES : OUTLET_SHAPES);
    const name = shape.replace('{C}', names.place()).replace('{S}', names.stem());
    const prefs: Record<string, number> = {};
    for (const g of SYNONYM_GROUPS) prefs[g] = rng.int(0, SYNONYMS[g]!.length - 1);
    out.push({
      name, wire,
      dateStyle: rng.pick(['full', 'full', 'full', 'dayMonth', 'dayMonth', 'weekday', 'weekday', 'vague'] as const),
      honorifics: rng.chance(0.4),
      datelines: wire ? 0.95 : rng.pick([0, 0.1, 0.5, 0.9]),
      lengthMean: wire ? 230 : rng.pick([150, 200, 250, 300]),
      connectors: rng.pick([0.05, 0.15, 0.3]),
      prefs,
    });
  }
  return out;
}

/** Story sizes: lognormal (median 4, σ 1.45) capped at 400, so half the stories have 1–3 articles and a few have hundreds. */
function storySizes(rng: Random, articles: number): number[] {
  const sizes: number[] = [];
  let total = 0;
  while (total < articles) {
    const size = Math.min(400, Math.max(1, Math.round(Math.exp(Math.log(4) + 1.45 * rng.normal()))), articles - total);
    sizes.push(size);
    total += size;
  }
  return sizes;
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m);
}

function makeEvents(rng: Random, names: NameMaker, sizes: number[]): { events: Event[]; topics: Topic[] } {
  // About 30 events per topic: the ~9,000 stories of 100k articles make ~300 topics.
  const topicCount = Math.max(8, Math.min(360, Math.round(sizes.length / 30)));
  const topics: Topic[] = [];
  for (let t = 0; t < topicCount; t++) {
    const kind = KINDS[t % KINDS.length]!;
    const anchorName = rng.pick(kind.anchor.patterns).replace('{X}', names.stem());
    // Each topic of a kind speaks with the kind's core words plus its own slice of the extra words.
    const extra = rng.shuffle([...kind.extra]).slice(0, 8);
    topics.push({ id: `t${String(t).padStart(3, '0')}-${kind.id}`, kind, anchor: named(anchorName, kind.anchor.type), rec: names.person(), vocab: [...kind.vocab, ...extra] });
  }
  // Topics recur unevenly, the commonest about three times as often as the rarest, and each has three
  // events at least; the spread is bounded so that even the commonest topic's events stay weeks apart.
  const weights = new Float64Array(topicCount);
  let acc = 0;
  for (let t = 0; t < topicCount; t++) weights[t] = acc += 1 + 2 * Math.pow(((t * 7919) % topicCount) / topicCount, 2);
  const perTopic: number[][] = topics.map(() => []);
  const order = rng.shuffle(sizes.map((_, i) => i));
  order.forEach((storyIndex, i) => perTopic[i < topicCount * 3 ? i % topicCount : rng.weighted(weights)]!.push(storyIndex));

  const events: Event[] = new Array(sizes.length);
  topics.forEach((topic, t) => {
    const members = perTopic[t]!;
    const k = members.length;
    // k days in the span at least `gap` apart: sorted uniform draws in a shortened span, then spread out.
    const gap = Math.min(45, Math.floor(SPAN_DAYS / (2 * Math.max(1, k))));
    const days = members.map(() => Math.floor(rng.next() * (SPAN_DAYS - (k - 1) * gap))).sort((a, b) => a - b).map((d, i) => DAY0 + d + i * gap);
    const kind = topic.kind;
    let prev: Event['prev'] = null;
    // Members are in random order; dates are sorted, so the story index and its date are independent.
    members.forEach((storyIndex, i) => {
      const day = days[i]!;
      const p1 = names.person();
      const p2 = names.person();
      const city = named(names.place(), 'place');
      const org = named(rng.pick(kind.org.patterns).replace('{X}', names.stem()), kind.org.type);
      const name = kind.eventName ? named(kind.eventName.replace('{X}', names.stem()), 'other') : null;
      const numbers: [number, number, number] = [rng.count(kind.n1), rng.count(kind.n2), rng.count(kind.n3)];
      if (kind.id === 'final') numbers[1] = Math.min(numbers[1], numbers[0] - 1);
      const details: [string, string, string] = [rng.pick(kind.details[0]), rng.pick(kind.details[1]), rng.pick(kind.details[2])];
      const p3 = names.person();
      const role3 = rng.pick(ROLES3);
      const district = named(`${names.place()} ${rng.pick(['district', 'quarter', 'estate', 'heights'])}`, 'place');
      const places = rng.shuffle([...PLACE_WORDS]).slice(0, 4);
      const objects = rng.shuffle([...OBJECT_WORDS]).slice(0, 4);
      // Each event is told with four of its kind's eight sentences, so two events of a topic share only some.
      const body = rng.shuffle([...kind.body]).slice(0, 4);
      const slots = { CITY: city.name, D0: details[0], D1: details[1], D2: details[2], N1: String(numbers[0]), ANCHOR: topic.anchor.name, ORG: org.name, NOUN: kind.nouns[0]! };
      const speaker = (code: string): { speaker: Person; role: string } =>
        code === '1' ? { speaker: p1, role: kind.p1 } : code === '2' ? { speaker: p2, role: kind.p2 } : code === '3' ? { speaker: p3, role: role3 } : { speaker: topic.rec, role: kind.rec };
      const quotes = rng.shuffle([0, 1, 2].filter((qi) => qi < kind.quotes.length)).slice(0, 2).map((qi) => {
        const text = fill(kind.quotes[qi]!, slots);
        return { text, ...speaker(kind.speakers[qi] ?? '1'), key: quoteKey(text) };
      });
      const storyId = `g${String(storyIndex).padStart(5, '0')}`;
      events[storyIndex] = {
        meta: { storyId, topicId: topic.id, kind: kind.id, date: isoDay(day), mainPerson: p1.full, mainPlace: city.name, size: sizes[storyIndex]! },
        topic, day, p1, p2, city, org, name, numbers, details, p3, role3, district, places, objects, body, quotes, prev,
      };
      prev = { city, year: Number(isoDay(day).slice(0, 4)) };
    });
  });
  return { events, topics };
}

// ---------------------------------------------------------------------------------------------------------
// Rendering one article.

class Renderer {
  private readonly seen = new Set<string>();

  constructor(
    private readonly rng: Random,
    private readonly event: Event,
    private readonly outlet: Outlet,
    private readonly publishedDay: number,
    /** Headlines name people by family name and count no mentions (the annotations cover the body). */
    private readonly headline = false,
  ) {}

  private synonym(group: string): string {
    const options = SYNONYMS[group]!;
    return this.rng.chance(0.8) ? options[this.outlet.prefs[group]!]! : this.rng.pick(options);
  }

  private person(p: Person, role: string, mentions: Named[]): string {
    if (this.headline) return p.last;
    mentions.push({ name: p.full, type: 'person', key: p.key });
    if (!this.seen.has(p.key)) {
      this.seen.add(p.key);
      return `${role} ${p.full}`;
    }
    return this.outlet.honorifics ? `${p.female ? 'Ms' : 'Mr'} ${p.last}` : p.last;
  }

  private date(s: Sentence, followUp: boolean): string {
    const day = this.event.day;
    const d = new Date(day * 86_400_000);
    const month = MONTHS[d.getUTCMonth()]!;
    const style = followUp && (this.outlet.dateStyle === 'weekday' || this.outlet.dateStyle === 'vague') ? 'dayMonth' : this.outlet.dateStyle;
    // A weekday more than six days back names another day; such articles say "last week" instead.
    if (style === 'weekday' && this.publishedDay - day > 6) return 'last week';
    if (style === 'vague') return this.rng.pick(VAGUE_DATES);
    s.dated = true;
    if (style === 'weekday') return `on ${WEEKDAYS[d.getUTCDay()]!}`;
    if (style === 'dayMonth') return `on ${d.getUTCDate()} ${month}`;
    s.years.push(d.getUTCFullYear());
    return `on ${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  }

  render(template: string, followUp = false): Sentence {
    const e = this.event;
    const kind = e.topic.kind;
    const s: Sentence = { text: '', mentions: [], dated: false, years: [], quoteKey: null };
    const place = (n: Named): string => {
      if (!this.headline) s.mentions.push(n);
      return n.name;
    };
    let text = template.replace(/\{(\w+)\}/g, (m, k: string) => {
      switch (k) {
        case 'P1': return this.person(e.p1, kind.p1, s.mentions);
        case 'P2': return this.person(e.p2, kind.p2, s.mentions);
        case 'REC': return this.person(e.topic.rec, kind.rec, s.mentions);
        case 'P3': return this.person(e.p3, e.role3, s.mentions);
        case 'DISTRICT': return place(e.district);
        case 'EP': return this.rng.pick(e.places);
        case 'EO': return this.rng.pick(e.objects);
        case 'GP': return this.rng.pick(PLACE_WORDS);
        case 'GO': return this.rng.pick(OBJECT_WORDS);
        case 'CITY': return place(e.city);
        case 'ANCHOR': return place(e.topic.anchor);
        case 'ORG': return place(e.org);
        case 'NAME': return e.name ? place(e.name) : this.rng.pick(kind.nouns);
        case 'PCITY': return e.prev ? place(e.prev.city) : m;
        case 'PYEAR': if (e.prev) s.years.push(e.prev.year); return e.prev ? String(e.prev.year) : m;
        case 'OYEAR': { const y = 1950 + this.rng.int(0, 60); s.years.push(y); return String(y); }
        case 'N1': return String(e.numbers[0]);
        case 'N2': return String(e.numbers[1]);
        case 'N3': return String(e.numbers[2]);
        case 'D0': return e.details[0];
        case 'D1': return e.details[1];
        case 'D2': return e.details[2];
        case 'NOUN': return this.rng.pick(kind.nouns);
        case 'W': return this.rng.pick(e.topic.vocab);
        case 'DATE': return this.date(s, followUp);
        default: return SYNONYMS[k] ? this.synonym(k) : m;
      }
    });
    text = text[0]!.toUpperCase() + text.slice(1);
    // Only before a plain word: lower-casing "Velkov said" after "Meanwhile, " would break a name.
    if (!this.headline && /^[A-Z][a-z]/.test(template) && this.rng.chance(this.outlet.connectors)) {
      text = this.rng.pick(CONNECTORS) + text[0]!.toLowerCase() + text.slice(1);
    }
    s.text = text;
    return s;
  }

  /** A quote sentence: the story's quote in the words its speaker said, attributed in the outlet's way. */
  quote(q: Event['quotes'][number]): Sentence {
    const e = this.event;
    const mentions: Named[] = [];
    const who = this.person(q.speaker, q.role, mentions);
    const said = this.synonym('said');
    const text = this.rng.chance(0.5) ? `"${q.text}," ${who} ${said}.` : `${who[0]!.toUpperCase()}${who.slice(1)} ${said}: "${q.text}."`;
    // Quote text can name the event's city; those mentions count like any other.
    if (q.text.includes(e.city.name)) mentions.push(e.city);
    if (q.text.includes(e.topic.anchor.name)) mentions.push(e.topic.anchor);
    if (q.text.includes(e.org.name)) mentions.push(e.org);
    return { text, mentions, dated: false, years: [], quoteKey: q.key };
  }
}

/** Words separated by single spaces, as the renderer writes them (no regex: it runs per sentence, millions of times). */
function wordCount(s: string): number {
  let n = s.length > 0 ? 1 : 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function composeArticle(rng: Random, event: Event, outlet: Outlet, ts: number): Pick<Draft, 'title' | 'paragraphs' | 'dateline' | 'wire'> {
  const kind = event.topic.kind;
  const day = Math.floor(ts);
  const followUp = day - event.day >= 14;
  const r = new Renderer(rng, event, outlet, day);
  const target = Math.max(120, Math.min(400, Math.round(outlet.lengthMean + 60 * rng.normal())));
  const sentences: Sentence[] = [r.render(rng.pick(followUp ? FOLLOW_UP_LEADS : kind.leads), followUp)];
  const pool: (() => Sentence)[] = rng.shuffle([
    // Longer articles tell more of the event and add more colour; the kind's stock sentences stay few.
    ...rng.shuffle([...event.body]).slice(0, rng.int(1, 3)).map((t) => () => r.render(t)),
    ...rng.shuffle([...EVENT_SENTENCES]).slice(0, rng.int(3, 3 + Math.floor(target / 60))).map((t) => () => r.render(t)),
    ...rng.shuffle([...TOPIC_SENTENCES]).slice(0, rng.int(0, 2)).map((t) => () => r.render(t)),
    ...rng.shuffle([...COLOUR_SENTENCES]).slice(0, rng.int(2, 2 + Math.floor(target / 40))).map((t) => () => r.render(t)),
    ...(event.prev && rng.chance(0.3) ? [() => r.render(rng.pick(BACKGROUND_SENTENCES))] : []),
    ...(rng.chance(0.15) ? [() => r.render(rng.pick(HISTORY_SENTENCES))] : []),
  ]);
  // Quotes come early, as in most reports: the main quote in most articles, the second in some.
  const quotes: (() => Sentence)[] = [];
  if (rng.chance(0.75)) quotes.push(() => r.quote(event.quotes[0]!));
  if (rng.chance(0.3)) quotes.push(() => r.quote(event.quotes[1]!));
  for (const q of quotes) pool.splice(rng.int(0, Math.min(3, pool.length)), 0, q);
  pool.push(...rng.shuffle([...FILLERS]).map((t) => () => r.render(t)));
  let words = wordCount(sentences[0]!.text);
  for (const next of pool) {
    if (words >= target) break;
    const s = next();
    const n = wordCount(s.text);
    if (words + n > 400) continue;
    sentences.push(s);
    words += n;
  }
  const paragraphs: Sentence[][] = [];
  for (let i = 0; i < sentences.length;) {
    const n = i === 0 ? 1 : rng.int(1, 3);
    paragraphs.push(sentences.slice(i, i + n));
    i += n;
  }
  const title = new Renderer(rng, event, outlet, day, true).render(rng.pick(kind.heads)).text;
  const dateline = rng.chance(outlet.datelines) ? event.city.name.toUpperCase() : null;
  return { title, paragraphs, dateline, wire: null };
}

const SWAPS: [RegExp, string][] = [[/\bsaid\b/, 'stated'], [/\bofficials\b/, 'authorities'], [/\bpeople\b/, 'residents'], [/\babout\b/, 'around'], [/\bafter\b/, 'following']];

/**
 * A wire copy or re-post: the source's text with a new headline and small edits — the last sentence cut, a
 * word changed outside quotes, an agency credit added — as near-duplicate detection must still recognise.
 */
function copyArticle(rng: Random, source: Draft, outlet: Outlet): Pick<Draft, 'title' | 'paragraphs' | 'dateline' | 'wire'> {
  let paragraphs = source.paragraphs.map((p) => [...p]);
  const words = (): number => paragraphs.reduce((n, p) => n + p.reduce((m, s) => m + wordCount(s.text), 0), 0);
  const count = paragraphs.reduce((n, p) => n + p.length, 0);
  // Edits keep the copy within the stream's 120–400 words, like the articles it copies.
  const last = paragraphs[paragraphs.length - 1]!;
  if (count >= 6 && rng.chance(0.35) && words() - wordCount(last[last.length - 1]!.text) >= 120) {
    last.pop();
    if (last.length === 0) paragraphs.pop();
  }
  if (rng.chance(0.5)) {
    const flat = paragraphs.flat().filter((s) => s.quoteKey === null);
    for (const s of rng.shuffle(flat)) {
      const swap = SWAPS.find(([re]) => re.test(s.text));
      if (!swap) continue;
      const edited: Sentence = { ...s, text: s.text.replace(swap[0], swap[1]) };
      paragraphs = paragraphs.map((p) => p.map((x) => (x === s ? edited : x)));
      break;
    }
  }
  // A re-post of wire copy credits the agency, which the clean stage reads as the article's wire source.
  const credit = source.outlet.wire ? `This story was first published by ${source.outlet.name}.` : 'This report was provided by a news agency and edited for length.';
  let wire: string | null = null;
  if ((source.outlet.wire || rng.chance(0.35)) && words() + wordCount(credit) <= 400) {
    paragraphs.push([{ text: credit, mentions: [], dated: false, years: [], quoteKey: null }]);
    if (source.outlet.wire) wire = source.outlet.name;
  }
  const headlines = source.event.topic.kind.heads;
  let title = new Renderer(rng, source.event, outlet, Math.floor(source.ts), true).render(rng.pick(headlines)).text;
  if (title === source.title) title = `${source.event.city.name}: ${title}`;
  return { title, paragraphs, dateline: rng.chance(outlet.datelines) ? source.event.city.name.toUpperCase() : null, wire };
}

function buildProfile(d: Draft, text: string): ArticleProfile {
  const counts = new Map<string, number>();
  const body = contentTerms(text);
  // As profileArticle: the headline's words count twice and the lead sentence's once more; the length is the body's.
  const title = contentTerms(d.title);
  const lead = d.paragraphs[0]?.[0] ? contentTerms(d.paragraphs[0][0].text) : [];
  for (const t of [...body, ...title, ...title, ...lead]) counts.set(t, (counts.get(t) ?? 0) + 1);
  const entities = new Map<string, ProfileEntity>();
  const years = new Set<number>();
  let dated = false;
  const quotes = new Set<string>();
  for (const p of d.paragraphs) {
    for (const s of p) {
      for (const m of s.mentions) {
        const prev = entities.get(m.key);
        if (prev) prev.count++;
        else entities.set(m.key, { key: m.key, name: m.name, type: m.type, count: 1, ...(isEventName(m.name) ? { event: true } : {}) });
      }
      if (s.dated) dated = true;
      for (const y of s.years) years.add(y);
      if (s.quoteKey) quotes.add(s.quoteKey);
    }
  }
  const eventDate = isoDay(d.event.day);
  // A day date puts its year among the years too, as profile.ts's datesOf does.
  if (dated) years.add(Number(eventDate.slice(0, 4)));
  return {
    articleId: d.id,
    outlet: d.outlet.name,
    wire: d.wire,
    published: isoDay(d.ts),
    dateline: d.dateline,
    terms: [...counts],
    entities: [...entities.values()],
    eventDates: dated ? [eventDate] : [],
    years: [...years].sort((a, b) => a - b),
    quotes: [...quotes],
    length: body.length,
  };
}

/**
 * The stream, in publication order. Ids are `n` + seven digits (unique in their first 12 characters,
 * which newStoryId keeps). Deterministic in `seed`; 100,000 articles take about half a minute.
 */
export function generateStream(options: StreamOptions): SyntheticArticle[] {
  const { articles, seed } = options;
  if (!Number.isInteger(articles) || articles < 1) throw new RangeError(`synthetic stream: articles must be a positive integer, got ${articles}`);
  const rng = new Random(seed);
  const names = new NameMaker(rng);
  const outlets = makeOutlets(rng, names, 60);
  const outletWeights = new Float64Array(outlets.length);
  let acc = 0;
  // A few big outlets publish most; the wire agencies are among the biggest.
  outlets.forEach((o, i) => (outletWeights[i] = acc += o.wire ? 1.2 : 1 / Math.pow(i - 2, 0.8)));
  const sizes = storySizes(rng, articles);
  const { events } = makeEvents(rng, names, sizes);

  const drafts: Draft[] = [];
  for (const event of events) {
    const size = event.meta.size;
    // Coverage starts within hours and fades over days, longer for big stories; a few follow-ups come weeks later.
    const spread = 0.7 + 0.6 * Math.log2(size);
    const times: number[] = [];
    for (let j = 0; j < size; j++) {
      const hours = rng.next();
      if (j === 0) times.push(event.day + 0.2 + 0.8 * hours);
      else if (size >= 3 && rng.chance(0.04)) times.push(event.day + rng.int(14, 75) + hours);
      else times.push(event.day + Math.min(20, Math.floor(-spread * Math.log(1 - rng.next()))) + hours);
    }
    times.sort((a, b) => a - b);
    const story: Draft[] = [];
    for (const ts of times) {
      const originals = story.filter((d) => d.copyOf === null);
      // ~4.5% of articles after the first re-post an earlier one of the story, wire copy most often.
      if (originals.length > 0 && rng.chance(0.045)) {
        const wires = originals.filter((d) => d.outlet.wire);
        const source = wires.length > 0 && rng.chance(0.7) ? rng.pick(wires) : rng.pick(originals);
        let outlet = outlets[rng.weighted(outletWeights)]!;
        while (outlet === source.outlet) outlet = outlets[rng.weighted(outletWeights)]!;
        const copyTs = source.ts + 0.02 + 1.5 * rng.next();
        story.push({ event, outlet, ts: copyTs, copyOf: source, id: '', text: '', profile: null, ...copyArticle(rng, source, outlet) });
      } else {
        const outlet = outlets[rng.weighted(outletWeights)]!;
        story.push({ event, outlet, ts, copyOf: null, id: '', text: '', profile: null, ...composeArticle(rng, event, outlet, ts) });
      }
    }
    // Copies are made from their story's drafts only, so the sentences can go once the story is written.
    for (const d of story) {
      d.text = d.paragraphs.map((p) => p.map((x) => x.text).join(' ')).join('\n\n');
      d.profile = buildProfile(d, d.text);
    }
    for (const d of story) d.paragraphs = [];
    drafts.push(...story);
  }
  // Stable order within equal timestamps (there are none in practice, but determinism must not rely on that).
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.ts - b.d.ts || a.i - b.i);
  order.forEach(({ d }, i) => (d.id = `n${String(i).padStart(7, '0')}`));
  return order.map(({ d }) => {
    const profile = d.profile!;
    profile.articleId = d.id;
    return {
      id: d.id, title: d.title, text: d.text, published: isoDay(d.ts), outlet: d.outlet.name, dateline: d.dateline,
      storyId: d.event.meta.storyId, topicId: d.event.meta.topicId, copyOf: d.copyOf?.id ?? null, event: d.event.meta, profile,
    };
  });
}
