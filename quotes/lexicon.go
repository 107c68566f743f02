package quotes

import "strings"

// set makes a lookup table of space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// reportingVerbs holds every form of the core speech verbs of
// vocab/speech_verbs.txt.
var reportingVerbs = verbForms("speech_verbs")

// allReportingVerbs holds every form of the several hundred reporting verbs
// of vocab/reporting_verbs.txt and of the core speech verbs.
var allReportingVerbs = func() map[string]bool {
	m := verbForms("reporting_verbs")
	for f := range reportingVerbs {
		m[f] = true
	}
	return m
}()

// verbForms gives every inflected form of the verbs of a vocabulary file.
func verbForms(name string) map[string]bool {
	m := map[string]bool{}
	for _, b := range vocabWords(name) {
		for _, f := range inflect(b) {
			m[f] = true
		}
	}
	for _, f := range strings.Fields("said says told wrote written spoke spoken") {
		m[f] = true
	}
	return m
}

// doubled verbs double their last consonant before -ed and -ing.
var doubled = set("admit quip commit regret snap plead chat jab stir spar refer prod")

// inflect gives a verb's base, -s, -ed and -ing forms.
func inflect(b string) []string {
	switch {
	case doubled[b]:
		last := b[len(b)-1:]
		return []string{b, b + "s", b + last + "ed", b + last + "ing"}
	case strings.HasSuffix(b, "e"):
		return []string{b, b + "s", b + "d", b[:len(b)-1] + "ing"}
	case strings.HasSuffix(b, "y") && !strings.ContainsAny(b[len(b)-2:len(b)-1], "aeiou"):
		return []string{b, b[:len(b)-1] + "ies", b[:len(b)-1] + "ied", b + "ing"}
	}
	return []string{b, b + "s", b + "ed", b + "ing"}
}

// backVerbs take "back" to report speech ("hit back", "fired back").
var backVerbs = set("hit hits hitting fire fired fires firing shot shoot shoots shooting struck strike strikes")

// skippable words may stand between a subject and its verb.
var skippable = set(`also later then again further once even still had has have was were is are would will
could can did does do not never to went goes go on by just quickly immediately previously earlier subsequently
recently simply only repeatedly reportedly allegedly publicly privately yesterday today tonight this week
monday tuesday wednesday thursday friday saturday sunday had't hasn't didn't has been being been first finally
herself himself themselves in a statement interview heard`)

// epithets are nouns that, after "the", stand for a person the article
// has named, whatever role it gave them ("the diplomat said", "the
// veteran politician"), as demonyms do.
var epithets = set("diplomat politician statesman stateswoman veteran")

// prepositions before a name make it an object, not a subject.
var prepositions = set("at to with of for by on about against from in into toward towards than like as between among over under upon after before")

// functionWords are capitalised only at a sentence's start.
var functionWords = set(`the a an and but or so yet if when while as after before since because although though
in on at by for from with without about of to into during under over this that these those there here it its
his her their our my your we they he she i you however meanwhile moreover also then now still yes no not
according asked speaking following despite amid among what who whom which why how where other another some
all both each every many most more such even just only once later earlier last next new photo file data
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today yesterday tomorrow mr mrs ms dr`)

// titles are words of a title or role printed before a name.
var titles = set(`president vice prime minister secretary senator sen. rep. representative gov. governor mayor dr. dr
mr. mr mrs. mrs ms. ms miss mx. chancellor chairman chairwoman chair judge justice king queen prince princess pope
rev. reverend sir dame lord lady chief director professor prof. captain capt. sgt. sergeant general gen. col.
colonel lt. lieutenant detective coach ambassador commissioner speaker leader deputy former foreign attorney
premier sheikh emir crown archbishop bishop cardinal father officer inspector superintendent councillor
councilman councilwoman congressman congresswoman assemblyman admiral rabbi imam dean spokesman spokeswoman
spokesperson ceo founder executive correspondent anchor host editor economist analyst minister-president
president-elect first acting interim chief-executive doctor nurse lawyer manager owner head adviser advisor
press communications security national state defense defence finance health senior campaign policy official
officials counsel commander founder co-founder chairperson treasurer mp mep`)

// roleHeads are nouns that can name a person by role ("the president").
var roleHeads = set(`pm president secretary minister mayor governor senator chancellor chairman chairwoman chair
spokesman spokeswoman spokesperson director chief executive ceo leader premier king queen prince princess pope
judge coach ambassador commissioner speaker founder manager owner head adviser advisor official officer
lawmaker congressman congresswoman actor actress singer star player captain doctor lawyer attorney prosecutor
professor economist analyst author writer teacher priest bishop general commander sheriff detective inspector
superintendent father mother wife husband son daughter woman man boy girl witness victim suspect resident
spokesperson-elect president-elect premier-elect emir sheikh treasurer counsel strategist pollster historian
member master engineer architect scientist researcher physician surgeon nurse paramedic pilot farmer
owner worker organiser organizer activist campaigner negotiator envoy diplomat regulator auditor inspector
administrator commander colonel sergeant lieutenant marshal warden ranger firefighter constable clerk
secretary-general representative delegate councillor councilman councilwoman alderman assemblyman
assemblywoman trustee principal headteacher headmaster rector chancellor provost dean editor publisher
reporter journalist columnist presenter broadcaster producer director-general superintendent-general
economist chemist biologist physicist epidemiologist virologist psychologist psychiatrist pharmacist
dentist vet veterinarian landlord tenant shopkeeper spokesmodel consultant contractor developer planner
designer investor banker trader broker accountant entrepreneur executive
skipper fisherman fisherwoman angler swimmer commuter driver motorist passenger customer shopper chef baker
waiter waitress bartender student pupil parent grandparent grandmother grandfather neighbour neighbor mourner
survivor refugee migrant voter protester demonstrator volunteer fan supporter spectator cyclist hiker tourist
visitor retiree pensioner veteran homeowner businessman businesswoman legislator ironworker electrician
plumber carpenter mechanic trucker miner steelworker shepherd vintner brewer novelist poet artist musician
playwright filmmaker photographer campaigner striker midfielder defender goalkeeper goalie winger keeper
batsman batter bowler pitcher quarterback jockey referee umpire candidate challenger incumbent nominee
frontrunner front-runner mayor-elect governor-elect senator-elect`)

// proxyHeads are roles of people who speak for another ("the spokesman"):
// a sentence naming the other person does not make them the speaker.
var proxyHeads = set("spokesman spokeswoman spokesperson official officials aide adviser advisor source representative")

// orgWords mark a capitalised name as an organisation or place.
var orgWords = set(`house news office council service agency ministry department kremlin party company inc corp
corporation university college school times post network committee commission court congress senate parliament
government administration union association bank group reuters press television tv radio police army navy
force forces club fc league team journal daily herald tribune guardian telegraph bbc cnn abc nbc cbs fox ap afp
xinhua foundation institute center centre hospital church council assembly board federation organisation
organization nations states kingdom republic city county province region street avenue road square palace
hall airport station museum embassy cabinet pentagon nato eu un who fbi cia nasa intelligence
record gazette chronicle courier observer mirror express examiner inquirer dispatch sentinel register
ledger bulletin monitor beacon wire online review independent standard globe magazine weekly tribune
bloomberg politico axios
water energy airlines airways motors holdings partners capital trust authority utilities
railways rail transit systems technologies labs pharmaceuticals telecom communications insurance
ministry agency society charity coalition alliance network campaign`)

// places are common single-word places that are never speakers.
var places = set(`russia ukraine china america usa us u.s. uk britain england scotland wales ireland france germany
italy spain japan india israel iran iraq syria turkey canada mexico brazil australia europe asia africa moscow
washington beijing london paris berlin kyiv kiev tokyo brussels geneva georgia texas california florida york
taiwan korea pakistan afghanistan egypt gaza poland sweden norway denmark finland switzerland austria greece
belarus crimea donbas baghdad tehran jerusalem delhi ottawa sydney rome madrid`)

// femaleNames and maleNames are common first names, for pronoun gender.
var femaleNames = set(`jen jennifer kate katherine catherine kathryn mary patricia linda barbara elizabeth susan
jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
helen samantha christine debra rachel carolyn janet maria heather diane julie joyce victoria kelly christina
joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathy gloria
teresa sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle rose brittany
diana abigail natalie jane lori alexis tiffany kayla hillary hilary nikki kamala nancy angela theresa ursula
marine giorgia jacinda liz priti kristi karine jill melania michelle ivanka sophie chloe charlotte lucy claire
ellen anne annette greta naomi nadia olena yulia maria marta svetlana irina natalia tatiana elena ilhan
alexandria lindsey susan kirsten elise amy tulsi gretchen kathy sanna mette joanna johanna sofia sophia
amara priya fatima fatma ingrid yuki rosa beatriz beatrice aisha ayesha keiko ines siobhan tamsin wanjiru
zofia lucia mei dana ruth noor greta alma aaliyah adriana agnes aida aileen alicia alison alyssa ana andrea
angelica anita antonia ariana astrid aurora ava bianca birgit brigitte camila carla carmen caroline cecilia
celine chiara clara claudia cristina daniela daphne deborah delphine eleanor elena eliza ella elsa emilia
erin esther eva eve farah fiona francesca freya gabriela gemma georgia gina giulia gwen hana harriet hazel
heidi hilda ida ilse imani ingeborg irene iris isabel isabella isabelle ivana jana janine jasmine jenny
joanne josephine judith julianne juliet justine karin karina katarzyna katja katrin keisha kristina laila
leah lena leonie lila lily lina lindiwe lola lorena louise luisa lydia magdalena maja malgorzata manon
margarita marianne marina marisol marta martina maya mariana meera mia mila miriam monica monika nathalie
nina nora olena olivia paula petra pilar polly rania rebekah renata rita roberta rocio rosalind roxana sabine
sabrina salma sandra sara selena serena shreya silvia simone sonia stella susanne suzanne svetlana sylvia
tamara tanya tara tessa thandiwe valentina valerie vanessa vera veronica viktoria violet wendy ximena
yasmin yolanda yvonne zainab zara zeynep zoe zuzana
niamh aoife ciara saoirse sinead sinéad orla orlaith roisin róisín caoimhe grainne gráinne eimear deirdre
maeve aisling clodagh una úna brigid bridget sorcha mairead máiréad nuala emer gwyneth rhiannon cerys
sian siân bethan ffion morag kirsty isla ailsa elodie élodie margaux camille-marie amelie amélie
maelle maëlle solene solène oceane océane gaelle gaëlle anaïs anais clemence clémence ségolène segolene
geraldine géraldine brigitte-marie amandine aurelie aurélie`)

var maleNames = set(`joe joseph james john robert michael william david richard charles thomas christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank
alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter
ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
bruce jordan billy albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah
louis bobby philip johnny vladimir dmitry sergei sergey volodymyr boris emmanuel olaf xi recep narendra justin
mitch chuck ted bernie mike barack bill rishi keir antony lloyd ron kevin hakeem jake jim tom tim dan ben sam
max nick pete rudy rick dick newt marco rand jens josep charles viktor andrzej mohammed
muhammad ali ahmed hassan benjamin naftali yair bashar ayatollah kwame li pierre rajesh oleg hugh tobias
ibrahim kenji diego stefan andre andré malik jonas aaron felipe henrik omar luis dmitri dmitry arjun niall
yusuf emeka paulo paolo franz ravi milan caleb abdul abdullah adrian ahmad alain alberto alejandro alessandro
alfonso amir andrei andreas angelo antoine antonio armando arnaud arturo axel bernard bernardo bjorn bruno
carlo carlos cesar christoph christophe claude conor cristiano dario declan dieter dominic eduardo emilio
enrique erik ernesto fabio farid fernando filip florian francesco francisco francois françois fyodor
gerhard giorgio giovanni giuseppe gonzalo gustavo hamid hans hector hiroshi horst hugo igor ivan jacques
jakub jamal jan javier jean-pierre jesus joachim joao johan johannes jorge josef juan jurgen jürgen karl
karim klaus kofi konstantin krzysztof lars leon leonardo lorenzo lucas luca luka lukas manuel marcel marcelo
marcus mario martin mateo matteo mattias maurice mehmet michel miguel mikhail mustafa nikolai nikolaos olivier
oscar pablo pavel pedro philippe piotr rafael ramon raul reza ricardo roberto rodrigo rolf salvador santiago
sebastian sergio simon stanislav sven thiago tomas tomasz umar vasily victor vincenzo wolfgang xavier yaw
yannick yosef youssef yuri zoltan
ciaran ciarán sean seán eoin cian oisin oisín padraig pádraig fionn darragh ronan rónán cathal colm
diarmuid donal dónal eamon éamon eamonn enda fergal feargal fiachra lorcan odhran oran páidí paidi ruairi
ruairí tadhg shane gearoid gearóid micheal mícheál dafydd gareth rhys gethin iwan hamish angus callum
fraser loic loïc yann yannick gwenael gwénaël erwan tanguy thibault thibaut mathieu matthieu guillaume
benoit benoît jerome jérôme sebastien sébastien frederic frédéric cedric cédric gael gaël herve hervé
jean-luc jean-marc jean-claude jean-yves laurent thierry didier pascal yves gilles remi rémi`)

// neutralNames are first names given to people of any gender.
var neutralNames = set(`alex sam jordan robin kai rowan quinn avery sasha noa taylor casey jamie riley charlie
jesse skyler dakota emerson finley harper hayden jody kendall kerry lee leslie logan parker reese sage
shannon sidney tracy`)

// institutions are names the press uses for a body of people, never for
// one person, whatever an entity tagger says ("the Kremlin said").
var institutions = set(`kremlin pentagon vatican downing élysée elysee whitehall bundestag bundesrat knesset duma
politburo interpol europol hamas hezbollah taliban opec amnesty greenpeace unicef unesco oxfam fifa uefa ioc
wto imf ecb fed opec+ isis al-qaeda`)

// femaleWords and maleWords are titles and role nouns with a gender.
var femaleWords = set("mrs. mrs ms. ms miss queen princess dame lady spokeswoman chairwoman congresswoman councilwoman actress mother wife daughter woman girl sister grandmother")
var maleWords = set("mr. mr king prince sir lord spokesman chairman congressman councilman assemblyman actor father husband son man boy brother grandfather")

// demonyms are nouns for a person of a country, which the press uses for
// someone named before ("the Frenchman said").
var demonyms = set(`frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
welshman welshwoman dutchman dutchwoman spaniard briton scot dane swede finn pole norwegian german italian
portuguese brazilian argentine argentinian australian american canadian belgian croatian serb serbian swiss
austrian mexican colombian uruguayan chilean peruvian nigerian ghanaian senegalese cameroonian ivorian
moroccan egyptian algerian tunisian japanese korean chinese indian pakistani kenyan ethiopian
new-zealander russian ukrainian greek turk czech slovak slovenian hungarian romanian bulgarian icelander
jamaican israeli iranian south-african`)
