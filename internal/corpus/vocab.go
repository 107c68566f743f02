package corpus

import "strings"

// Word lists. Entries written "word:alternative" carry the wording a second
// translation or a substituting editor would use; entries without a colon
// translate to themselves.

const nounList = `plan:proposal, bridge:crossing, budget:spending plan, contract:agreement,
reservoir:dam, levy:tax, clinic:health centre, shelter:refuge, pipeline:conduit, ferry:boat,
stadium:arena, runway:airstrip, tunnel:underpass, railway:rail line, hospital:infirmary, curfew:lockdown,
tariff:import duty, subsidy:grant, pension:retirement fund, vaccine:jab, inquiry:investigation,
ceasefire:truce, treaty:pact, embargo:ban, sanction:penalty, merger:takeover, layoff:job cut,
strike:walkout, wage:salary, rent:lease, mortgage:home loan, landfill:dump, sewer:drain,
wildfire:bushfire, flood:deluge, drought:dry spell, harvest:crop, orchard:fruit farm, vineyard:winery,
fishery:fishing ground, quarry:pit, refinery:plant, turbine:wind turbine, reactor:nuclear plant,
warehouse:depot, shipyard:dockyard, terminal:port terminal, checkpoint:border post,
motorway:highway, roundabout:traffic circle, tramline:tram route, bus lane:bus corridor,
school:academy, campus:university site, library:reading room, museum:gallery, theatre:playhouse,
orchestra:ensemble, festival:fair, parade:procession, marathon:race, tournament:championship,
referendum:plebiscite, ballot:vote, census:count, audit:review, ordinance:bylaw, statute:law,
amendment:revision, verdict:ruling, appeal:challenge, warrant:court order, subpoena:summons,
indictment:charge, settlement:payout, lawsuit:legal case, tribunal:panel, hearing:session,
deficit:shortfall, surplus:excess, loan:credit, bond:debt note, dividend:payout, bailout:rescue package,
stimulus:relief package, vaccine drive:inoculation campaign, outbreak:epidemic, quarantine:isolation,
ambulance service:emergency service, waiting list:backlog, ward:unit, nurse shortage:staffing gap,
pollution:contamination, emissions target:carbon goal, smog:haze, recycling scheme:waste programme,
solar farm:solar park, wind farm:wind park, battery plant:battery factory, charging network:charger grid,
water supply:water system, power grid:electricity network, gas field:gas reserve, oil spill:slick,
housing project:housing scheme, tower block:high-rise, estate:development, zoning rule:planning rule,
eviction:removal, food bank:food pantry, soup kitchen:meal service,
police station:precinct, patrol:watch, raid:search operation, arrest:detention, prison:jail,
border wall:border fence, asylum claim:refuge application, visa:entry permit, passport:travel document,
airline:carrier, airport:airfield, cargo:freight, container:shipping box, harbour:port, lighthouse:beacon,
glacier:ice field, coastline:shore, reef:coral bank, wetland:marsh, forest:woodland, park:green space,
playground:play area, cemetery:graveyard, monument:memorial, statue:sculpture, cathedral:church,
market:bazaar, mall:shopping centre, factory:works, mine:pit, colliery:coal mine, sawmill:timber mill,
bakery:bread shop, brewery:beer maker, distillery:spirits maker, dairy:milk farm, ranch:cattle farm,
satellite:orbiter, rocket:launcher, telescope:observatory, laboratory:lab, algorithm:formula,
database:data store, server:computer, network:system, chip:semiconductor, app:application,
platform:service, website:site, broadband:internet link, phone mast:cell tower, data breach:leak,
ransom demand:extortion demand, cyberattack:hack, blackout:power cut, heatwave:hot spell,
snowstorm:blizzard, hurricane:storm, earthquake:quake, landslide:mudslide, evacuation:exodus,
rescue:recovery, search:hunt, memorial service:vigil, apology:regret, resignation:departure,
nomination:candidacy, campaign:race, primary:nominating contest, debate:argument, poll:survey,
coalition:alliance, cabinet:ministry, reshuffle:shake-up, scandal:controversy,
whistleblower:informant, lobbyist:advocate, donor:backer, charity:foundation, endowment:fund,
scholarship:bursary, tuition fee:school fee, exam:test, curriculum:syllabus, textbook:course book,
classroom:lesson room, teacher shortage:staff gap, pay deal:pay settlement, union:labour group,
pension reform:retirement overhaul, tax cut:tax reduction, tax rise:tax increase, toll:road charge,
parking fee:parking charge, speed camera:traffic camera, cycle lane:bike path, footbridge:walkway,
canal:waterway, lock:sluice, dock:quay, pier:jetty, marina:boat harbour, beach:shoreline,
tourism:visitor trade, hotel:inn, casino:gaming hall, arena deal:stadium deal,
franchise:club, licence:permit, fine:penalty charge, inspection:check, recall:withdrawal,
shortage:scarcity, backlog:pile-up, delay:hold-up, closure:shutdown, reopening:restart,
price cap:price ceiling, fuel duty:petrol tax, bus fare:ticket price, rail fare:train fare,
ration:allowance, stockpile:reserve, shipment:consignment, convoy:column, drone:unmanned aircraft,
missile:projectile, warship:naval vessel, base:garrison, drill:exercise, deployment:posting,
peace talks:negotiations, summit:meeting, envoy:emissary, embassy:mission, consulate:legation,
walkout vote:strike ballot, sit-in:occupation, protest:demonstration, rally:march,
petition:appeal letter, boycott:stoppage, manifesto:platform, pledge:promise, mandate:authority`

const adjList = `serious:grave, urgent:pressing, fair:just, expensive:costly, dangerous:hazardous,
modest:small, huge:enormous, necessary:essential, reckless:careless, difficult:hard, honest:candid,
strong:robust, fragile:delicate, complete:full, temporary:interim, permanent:lasting,
historic:landmark, careful:cautious, bold:daring, unfair:unjust, secret:covert, public:open,
local:community, national:countrywide, regional:provincial, rural:countryside, urban:city,
modern:up-to-date, outdated:obsolete, safe:secure, risky:uncertain, cheap:inexpensive,
generous:lavish, tight:strict, loose:lax, clear:plain, vague:unclear, simple:straightforward,
complicated:complex, quick:rapid, slow:sluggish, late:delayed, early:premature,
shameful:disgraceful, remarkable:striking, sensible:reasonable, absurd:ridiculous,
dishonest:deceitful, transparent:open-book, flawed:defective, broken:failed, sound:solid,
credible:believable, tired:worn-out, fresh:new, bitter:harsh, painful:hurtful, welcome:positive,
disastrous:catastrophic, decent:respectable, crucial:vital, minor:small-scale, major:large-scale,
sustainable:durable, unsustainable:untenable, affordable:reasonably priced, overdue:long-awaited,
hasty:rushed, legitimate:lawful, illegal:unlawful, realistic:practical, ambitious:far-reaching,
narrow:limited, broad:wide-ranging, balanced:even-handed, partisan:one-sided, quiet:low-key,
loud:noisy, calm:composed, angry:furious, hopeful:optimistic, worried:anxious, grim:bleak,
steady:stable, volatile:unstable`

const verbList = `approve:endorse, fund:finance, reopen:open again, rebuild:reconstruct, review:examine,
expand:enlarge, delay:postpone, cancel:scrap, protect:safeguard, replace:swap out, support:back,
block:stop, challenge:contest, defend:stand up for, fix:repair, restore:bring back,
investigate:probe, finish:complete, publish:release, sign:put our name to, negotiate:bargain over,
cut:reduce, raise:increase, test:trial, inspect:check, close:shut, build:construct,
deliver:provide, accept:take, reject:refuse, announce:unveil, modernize:upgrade, revise:amend,
dismantle:take apart, overhaul:rework, strengthen:reinforce, simplify:streamline, secure:lock in,
monitor:track, enforce:apply, relocate:move, evaluate:assess, extend:prolong, pause:suspend,
resume:restart, question:doubt, explain:clarify, justify:account for, shield:guard, share:divide,
manage:run, recover:regain, reform:remake, rescue:save, sell:offload, buy:acquire, lease:rent out,
insure:cover, clean:clear, redesign:rethink, measure:gauge, map:chart, pass:adopt,
ban:outlaw, regulate:control, tax:levy, subsidize:underwrite, privatize:sell off,
nationalize:take over, scrutinize:examine closely, settle:resolve, drop:abandon, keep:retain`

// The first names of generated people are invented for the generator: no
// list under quotes/vocab holds them (TestFirstNamesInNoList), so a
// generated article's speakers, and their gender, must be found from the
// article itself (names in apposition to titles, honorifics, pronouns that
// refer back), as with real news, not from names the code already knows.
const firstFemale = `Brisenda Calvira Delphy Essany Farrine Galisa Halvie Ismena Jorelle Kestra Lunetta Marivel Ottaline
Pellina Quenby Rosalva Seraphe Tavia Vessa Wrenna Yselle Zorina Amarel Benedra Corisande Dalmira
Elvena Fenwyn Gisolde Hestra Ivrene`

const firstMale = `Alvarec Brannoc Corvane Dastan Eldric Garrow Jastor Kelvan Mordan Orsen Pellam Quillan Rhodric
Tavish Varek Wendric Yorath Zevran Ambrec Bastor Cadmon Delvin Edrano Falkor Gideric Hollis Ivrec
Joralt Kastor Lennic`

const firstNeutral = `Brevin Carrow Marlo Tamsyn Vesper Arlin Sorrel Kestrel Lumen Perrin`

const lastNames = `Diaz O'Brien Nguyen Okafor Schmidt Kowalski Rossi Haddad Tanaka Petrov
McAllister D'Souza Fischer Moreau Lindqvist Abara Castillo Brennan Hughes Ivanova Mensah
Sato Khan Novak Silva Dubois Gallagher Yilmaz Jansen Olsen Varga Costa Herrera Walsh
Kimura Bauer Ferreira Sandoval Adeyemi Lambert Horvat Nakamura Romero Pereira O'Neill
Fitzgerald Chowdhury Mwangi Carvalho Bianchi Aalto Morales Krause Delgado Stein Ruiz
Sullivan Chen Park Kaur Mbeki Forde Quigley Tremblay Gauthier Kruger Vance Whitfield Ashby
Pemberton Harlow Marsh Oyelaran Bergstrom Castro Navarro Lin Zhou Abdi Farouk Mansour
Rahman Sorensen Eriksen Keane Doyle Mahoney Cassidy Lowell Prentice Thornton Calloway
Beaumont Laurent Girard Marchetti Esposito Greco Lombardi Szabo Nowak Wozniak Popescu
Dimitrov Georgiou Papadakis Cohen Levy Mizrahi Baptiste Toussaint Obi Nwosu Achebe
Kamau Otieno Banda Phiri Moyo Dlamini Peña Muller Hernandez Valdez Espinoza Ortega`

// A title is printed before a name ("Mayor Ann Diaz"); its role noun refers
// back to the person ("the mayor said").
var titles = [][2]string{
	{"Mayor", "the mayor"}, {"Senator", "the senator"}, {"Governor", "the governor"},
	{"White House press secretary", "the press secretary"}, {"Russian President", "the Russian president"},
	{"French Foreign Minister", "the foreign minister"}, {"Police Chief", "the police chief"},
	{"Health Secretary", "the health secretary"}, {"council member", "the council member"},
	{"Superintendent", "the superintendent"}, {"head coach", "the coach"}, {"Professor", "the professor"},
	{"Dr.", "the doctor"}, {"chief executive", "the chief executive"}, {"Fire Chief", "the fire chief"},
	{"union leader", "the union leader"}, {"Prime Minister", "the prime minister"},
	{"Defense Secretary", "the defense secretary"}, {"Attorney General", "the attorney general"},
	{"Judge", "the judge"}, {"party spokesperson", "the spokesperson"}, {"Finance Minister", "the finance minister"},
	{"harbour master", "the harbour master"}, {"hospital director", "the hospital director"},
}

const placeList = `Ashford Brookhaven Calder Dunmore Elmstead Fairhaven Glenrock Harwick Ironbridge
Juniper Kestrel Lakemont Millbrook Northgate Oakridge Selden Queensbury Redcliffe
Stonebury Thornhill Upperton Valemont Westbrook Yarrow Zennor Alderley Bellhaven Carrow
Driftwood Eastleigh Foxton Greyhaven Hollins Inverlake Kingsmere Larchfield Marlow Newhaven
Orwell Pinecrest Ravensworth Saltmarsh Tidewater Umberleigh Wexcombe Larkspur Halden
Brightwater Coldharbour Deepdale Emberton Frostfield Goldcrest Hartwell`

var orgs = []string{
	"city council", "state legislature", "transit authority", "school board", "health ministry",
	"federal government", "port authority", "water board", "county commission", "hospital trust",
	"regional assembly", "planning committee", "finance ministry", "police department",
	"fire service", "parks department", "housing agency", "election commission", "energy regulator",
	"environment agency", "teachers' union", "chamber of commerce", "Supreme Court", "Senate committee",
}

const outletList = `The Harbor Ledger;Northfield Daily;Metro Wire;The Evening Courant;Capital Dispatch;
Riverside Gazette;The Morning Herald;Coastal Times;Valley Sentinel;National Bulletin;The Civic Post;
Eastern Chronicle;Westside Observer;The Daily Compass;Summit Press;Union Tribune Online;
The Lantern;Frontier Journal;Lakeshore Record;The Week in Review;Global Newsline;
Plainview Standard;The Borough Times;Heartland Reporter;Atlantic Monitor;Pacific Register;
The Clarion;Market Street Journal;The Independent Voice;Southern Star;Granite State Wire;
The Ridge Telegraph;Midland Express;Bay Area Beacon;The Quarterly Gazette;Citywide News`

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// entry is a word or phrase with the wording a different translation uses.
type entry struct{ w, alt string }

// parseEntries reads comma-separated "word:alternative" entries.
func parseEntries(list string) []entry {
	var out []entry
	for _, f := range strings.Split(list, ",") {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" {
			continue
		}
		w, alt, ok := strings.Cut(f, ":")
		if !ok {
			alt = w
		}
		out = append(out, entry{w, alt})
	}
	return out
}

// fields splits list at sep, trimming and dropping empty items.
func fields(list string, sep string) []string {
	var out []string
	for _, f := range strings.Split(list, sep) {
		if f = strings.Join(strings.Fields(f), " "); f != "" {
			out = append(out, f)
		}
	}
	return out
}

var (
	nouns        = parseEntries(nounList)
	adjectives   = parseEntries(adjList)
	verbs        = parseEntries(verbList)
	places       = strings.Fields(placeList)
	outletNames  = fields(outletList, ";")
	femaleNames  = strings.Fields(firstFemale)
	maleNames    = strings.Fields(firstMale)
	neutralNames = strings.Fields(firstNeutral)
	surnames     = strings.Fields(lastNames)
)
