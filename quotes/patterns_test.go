package quotes

import (
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// patternCases are the patterns of attribution that news the project was
// not written against needs (issue 19, "What it must get right"), each with
// invented examples, run through the whole extraction. The number is the
// pattern's in the issue.
var patternCases = []struct {
	pattern int
	c       sieveCase
}{
	// 8: an unknown speaker is never a guess. A title of office goes to a
	// person the article gives that title, or to nobody.
	{8, sieveCase{"a title nobody holds, after reported speech", "Head.\n\nTomas Ruiz said the port would close. The senator was quoted as saying \"no deal\".\n", 0, "", ""}},
	{8, sieveCase{"a title nobody holds, after a quotation", "Head.\n\n\"We close,\" Tomas Ruiz said.\n\n\"No deal,\" the senator said.\n", 1, "", ""}},
	{8, sieveCase{"a title someone holds", "Head.\n\nSen. Ana Lima met Tomas Ruiz on Monday.\n\n\"No deal,\" the senator said.\n", 0, "Ana Lima", MethodRole}},
	{8, sieveCase{"a bare role noun that is no title", "Head.\n\nDenise Carver declared victory. \"Tonight we won,\" the candidate told supporters.\n", 0, "Denise Carver", MethodRole}},
	// 1: a quotation inside another sentence shape: the participle's
	// subject is the clause's, never a name from its object.
	{1, sieveCase{"participle after an object", "Head.\n\nTomas Ruiz attacked Ana Lima, calling the plan \"a disgrace\".\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"participle after an object and a time", "Head.\n\nIna Brook criticised the Harbor Board on Monday, saying its fares were \"robbery\".\n", 0, "Ina Brook", MethodExplicit}},
	{1, sieveCase{"a name set off by commas is the verb's own subject", "Head.\n\nTomas Ruiz, speaking on Monday, said \"it will be done by June\".\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"two verbs", "Head.\n\nTomas Ruiz toured the site and said \"it will be done by June\".\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"verb first", "Head.\n\nSaid Tomas Ruiz, who runs the ferry, \"It will be done by June.\"\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"verb first, then a colon", "Head.\n\nThe ferry was late. Added Ana Lima, who rides it daily: \"Again.\"\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"an appositive set off by dashes", "Head.\n\nIna Brook — a nurse from Lake Havel — says the clinic was \"a lifeline\".\n", 0, "Ina Brook", MethodExplicit}},
	{1, sieveCase{"a town and its state after the name", "Head.\n\nIna Brook of Lake Havel, Maine says the board keeps \"cutting corners\".\n", 0, "Ina Brook", MethodExplicit}},
	{1, sieveCase{"a name in apposition after a role and its place", "Head.\n\nThe senator from Ohio, Ana Lima, says the bill is \"dead\".\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"a name before a colon as a preposition's object", "Head.\n\nTomas Ruiz broke down what went wrong for his neighbour Ana Lima: \"The pumps failed.\"\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"a name before a colon as a transcript's speaker", "Head.\n\nAna Lima: \"The pumps failed.\"\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"an opening phrase, then a participle after an object", "Head.\n\nOn Friday, Ana Lima endorsed Tomas Ruiz, calling him \"a builder\".\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"an opening statement phrase, then a participle", "Head.\n\nIn a statement Tuesday, Ana Lima backed the plan, saying it was \"overdue\".\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"a verb of naming", "Head.\n\nIna Brook, who chairs the tenants' group, labeled the cuts \"reckless\".\n", 0, "Ina Brook", MethodExplicit}},
	{1, sieveCase{"a verb of naming, doubled", "Head.\n\nAna Lima dubbed the ferry \"the floating museum\".\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"cracked, then the quotation", "Head.\n\nWhen the lights failed, Ana Lima cracked, \"Nobody paid the bill.\"\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"a verb of naming after the quotation", "Head.\n\n\"The floating museum,\" Ana Lima dubbed the ferry.\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"a control verb before to say", "Head.\n\nThe hearing ran late, and Tomas Ruiz was prompted to say, \"Wake up.\"\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"a noun before to say is no verb", "Head.\n\nTomas Ruiz defended the right to say \"no\".\n", 0, "Tomas Ruiz", MethodExplicit}},
	{1, sieveCase{"verb first after an opening clause", "Head.\n\nBecause the rules changed, explained Ana Lima, \"nobody knew the count\".\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"a long prepositional phrase after the name", "Head.\n\n\"The tide decides,\" Ana Lima of the Harbor Institute for Coastal Studies wrote in May.\n", 0, "Ana Lima", MethodExplicit}},
	{1, sieveCase{"a name ending a relative clause is no subject", "Head.\n\nAda Quill, a ferry user who voted for Tomas Ruiz and Brannoc Hale, said:\n\n\"The ferry was always late.\"\n", 0, "Ada Quill", MethodExplicit}},
	{1, sieveCase{"a name in apposition is the subject", "Head.\n\nThe harbour's new chief, Ada Quill, said: \"The ferry was always late.\"\n", 0, "Ada Quill", MethodExplicit}},
	{1, sieveCase{"opening participle", "Head.\n\nSpeaking to reporters, Tomas Ruiz said \"it will be done by June\".\n", 0, "Tomas Ruiz", MethodExplicit}},
	// 1: clauses, with examples invented for the patterns (issue 19): two
	// clauses of one sentence keep their own quotations; a quotation ending
	// its sentence takes no attribution from the next; a colon introduces
	// what follows; up to three opening phrases stand before a subject; two
	// verbs share one subject; a subject phrase may hold lower-case
	// modifiers, an outlet's possessive, a party label or a title in
	// quotation marks; a participle after a quotation is no attribution;
	// a passive verb of asking gives its agent the words after it; a
	// parenthetical attribution speaks the whole sentence. The rows named
	// "… share its subject" and "… of the one asked" guard against the
	// others overreaching.
	{1, sieveCase{"a clause joined by and after a quotation, the first", "Head.\n\nUnion leader Rosa Keane demands the dockyard be \"open by June\" and Councillor Idris Vale says the deadline is \"pure fantasy\".\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a clause joined by and after a quotation, the second", "Head.\n\nUnion leader Rosa Keane demands the dockyard be \"open by June\" and Councillor Idris Vale says the deadline is \"pure fantasy\".\n", 1, "Idris Vale", MethodExplicit}},
	{1, sieveCase{"a clause joined by a comma and and, the first", "Head.\n\nRosa Keane told the meeting the yard would be \"busy again by spring,\" at the very least, and Idris Vale promised the council to \"find the money somewhere\" before the vote.\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a clause joined by a comma and and, the second", "Head.\n\nRosa Keane told the meeting the yard would be \"busy again by spring,\" at the very least, and Idris Vale promised the council to \"find the money somewhere\" before the vote.\n", 1, "Idris Vale", MethodExplicit}},
	{1, sieveCase{"a clause joined by while", "Head.\n\nIdris Vale warned that the pier was crumbling, while Rosa Keane argued that the \"cost of waiting\" would be higher.\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a quotation ending its sentence takes nothing from the next", "Head.\n\nCouncillor Rosa Keane criticised the tender, and described the contractor as \"a cowboy outfit.\" Councillor Idris Vale described the tender as \"rushed.\"\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a participle's quotation ending its sentence", "Head.\n\n\"The tender was fair,\" said Rosa Keane on Friday, adding that \"every bid was read twice.\" Councillor Idris Vale disagreed with her.\n", 1, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a colon introduces what follows, not what went before", "Head.\n\n\"The yard can be saved,\" Rosa Keane said. \"It needs a buyer.\" Idris Vale replied: \"There is no buyer.\"\n", 1, "Rosa Keane", MethodContinuation}},
	{1, sieveCase{"a participial opening naming someone", "Head.\n\nReturning from a long lunch with Premier Joan Tate, Ines Roy told reporters that the new hospital would be built \"on time and on budget.\"\n", 0, "Ines Roy", MethodExplicit}},
	{1, sieveCase{"a participial opening, then a participle after an object", "Head.\n\nPressing her case at the hearing, Ines Roy waved the report aside, saying it was \"written by people who have never run a ward.\"\n", 0, "Ines Roy", MethodExplicit}},
	{1, sieveCase{"a participial opening, then a verb that reports no speech", "Head.\n\nStanding at the depot gates in Leeds, Idris Vale turned on Rosa Keane, branding her plan \"a fairy tale.\"\n", 0, "Idris Vale", MethodExplicit}},
	{1, sieveCase{"a time phrase opening, then a participle", "Head.\n\nMinutes later, Idris Vale shook hands with Rosa Keane, telling the Gazette, \"We agree on more than people think.\"\n", 0, "Idris Vale", MethodExplicit}},
	{1, sieveCase{"an adverb opening, then a participle before a colon", "Head.\n\nBack in 2004, Rosa Keane campaigned against the bypass, telling a radio host: \"It will empty the high street.\"\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a name with its place, then a participle", "Head.\n\nDuring a visit to the docks on Friday, Councillor Rosa Keane of Hull praised the new cranes, saying that they would \"pay for themselves within a decade.\"\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"three opening phrases", "Head.\n\nIdris Vale spoke first. A day later, at the gates of the shipyard, where the strike began, Rosa Keane read out a poem about \"a town that builds ships.\"\n", 0, "Rosa Keane", MethodExplicit}},
	{1, sieveCase{"a relative clause with a subject of its own", "Head.\n\nRosa Keane said the cranes were a bargain, to which Idris Vale replied: \"They are scrap.\"\n", 0, "Idris Vale", MethodExplicit}},
	{1, sieveCase{"lower-case modifiers and an acronym before the role", "Head.\n\n\"The ward was never short of beds,\" local NHS spokeswoman Mina Shah said.\n", 0, "Mina Shah", MethodExplicit}},
	{1, sieveCase{"an outlet's possessive before the role", "Head.\n\n\"The figures were checked,\" the Gazette's deputy business editor Tariq Bell replied.\n", 0, "Tariq Bell", MethodExplicit}},
	{1, sieveCase{"an appositive holding a book's title", "Head.\n\nNell Ortiz, the writer of \"Salt and Iron,\" a memoir of the trawler years, said the fleet had \"lost its nerve.\"\n", 1, "Nell Ortiz", MethodExplicit}},
	{1, sieveCase{"an appositive holding a show's title, then a relative clause", "Head.\n\nNell Ortiz, once a presenter of the radio show \"Tidewater,\" who now farms in Devon, said the station had been \"a family.\"\n", 1, "Nell Ortiz", MethodExplicit}},
	{1, sieveCase{"a verb of recollection first", "Head.\n\n\"Nobody wanted the contract at first,\" remembered Gus Arden, who ran the yard's canteen for years.\n", 0, "Gus Arden", MethodExplicit}},
	{1, sieveCase{"a participle after a quotation names no subject after it", "Head.\n\nMina Shah insisted the ward could \"still be saved,\" adding that Health Secretary Omar Pell would soon \"hear from every nurse in the county.\"\n", 0, "Mina Shah", MethodExplicit}},
	{1, sieveCase{"went on", "Head.\n\nTariq Bell asked whether the figures were final. \"Not yet,\" Mina Shah said.\n\n\"There is a second count, remember?\" Omar Pell went on, tapping the table.\n", 1, "Omar Pell", MethodExplicit}},
	{1, sieveCase{"a passive verb of asking and its agent", "Head.\n\nOmar Pell was asked by presenter Lina Cole, on her Sunday programme, \"Why did the ward close at night?\"\n", 0, "Lina Cole", MethodExplicit}},
	{1, sieveCase{"a passive verb of asking, its agent, then whether", "Head.\n\nOmar Pell was asked by panel chair Lina Cole whether the cuts would mean \"fewer nurses on every shift.\"\n", 0, "Lina Cole", MethodExplicit}},
	{1, sieveCase{"a passive verb of asking, then a clause of the one asked", "Head.\n\nOmar Pell went on the radio on Friday, where he was asked by Lina Cole if he thought Mina Shah \"had a point\".\n", 0, "Omar Pell", MethodPronoun}},
	{1, sieveCase{"however between subject and verb", "Head.\n\nMina Shah however told the committee the closure had been \"planned for years.\"\n", 0, "Mina Shah", MethodExplicit}},
	{1, sieveCase{"a party label and a comma before the verb", "Head.\n\nSpeaking in the chamber on Monday, after the second reading, Mina Shah (Lab-Hull), said, \"This bill is not ready.\"\n", 0, "Mina Shah", MethodExplicit}},
	{1, sieveCase{"a second verb after but and a time", "Head.\n\nCouncillor Gus Arden voted against the toll in March, but last week said Omar Pell had \"a fair point about the repairs.\"\n", 0, "Gus Arden", MethodExplicit}},
	{1, sieveCase{"a second verb after a party label, a time and a dashed aside", "Head.\n\nCouncillor Gus Arden (Ind-Hull) on Thursday visited the flooded streets — his third visit this month — and said the drains were \"older than the houses.\"\n", 0, "Gus Arden", MethodExplicit}},
	{1, sieveCase{"lower-case modifiers of a role before the name, then a participle", "Head.\n\nGreen party deputy leader Councillor Nell Ortiz (Grn-Hull) on Monday opened the new cycle lane, saying it was \"only the first of twelve.\"\n", 0, "Nell Ortiz", MethodExplicit}},
	{1, sieveCase{"two participles of an absolute clause share its subject", "Head.\n\nThe queue grew all morning, with Omar Pell telling reporters the ward \"will reopen\" and adding, \"Nobody loses a job.\"\n", 1, "Omar Pell", MethodContinuation}},
	{1, sieveCase{"went as a clause's only verb, then a participle", "Head.\n\nBy Friday, Nell Ortiz went further, publishing a list of streets \"that will never see a bus again.\"\n", 0, "Nell Ortiz", MethodExplicit}},
	{1, sieveCase{"a parenthetical attribution, verb first, between commas", "Head.\n\nThe problem with the bridge, says Gus Arden, is that it was \"designed for carts.\"\n", 0, "Gus Arden", MethodExplicit}},
	{1, sieveCase{"a parenthetical attribution with an appositive", "Head.\n\nThe problem with the bridge, says Gus Arden, a retired engineer, is that it was \"designed for carts.\"\n", 0, "Gus Arden", MethodExplicit}},
	{1, sieveCase{"a reporting verb's bare form before a role noun is a noun", "Head.\n\n\"Every vote counts here,\" said Lina Cole, Ortiz's Victorian state director. \"Especially out in the regions.\"\n", 1, "Lina Cole", MethodContinuation}},
	// 2: pronouns bind only to people, never to a name on a label line or
	// to a name the article shows nothing of a person about.
	{2, sieveCase{"a name on a WATCH line", "Head.\n\nMaria Costa runs the clinic.\n\nWATCH: Lena Park on the new clinic\n\n\"We are ready,\" she said.\n", 0, "Maria Costa", MethodPronoun}},
	{2, sieveCase{"a name on a READ MORE line", "Head.\n\nTomas Ruiz runs the clinic.\n\nREAD MORE: Brannoc Hale quits the board\n\n\"We are ready,\" he said.\n", 0, "Tomas Ruiz", MethodPronoun}},
	{2, sieveCase{"an organisation as an object", "Head.\n\nThe dock is owned by Harbor Freight Lines.\n\n\"We are ready,\" he said.\n", 0, "", ""}},
	{2, sieveCase{"a place in apposition", "Head.\n\nThe stadium, Harbor Park, opened in May.\n\n\"We are ready,\" he said.\n", 0, "", ""}},
	{2, sieveCase{"a person as an object, shown by a title", "Head.\n\nThe council thanked Dr. Brannoc Hale.\n\n\"We are ready,\" he said.\n", 0, "Brannoc Hale", MethodPronoun}},
	// 7: a bare one-word name after its verb is read as before it, and is
	// never expanded to a longer name that is no person's.
	{7, sieveCase{"verb then a bare surname", "Head.\n\n\"We will win,\" said Okafor.\n", 0, "Okafor", MethodExplicit}},
	{7, sieveCase{"a bare surname then the verb", "Head.\n\n\"We will win,\" Okafor said.\n", 0, "Okafor", MethodExplicit}},
	{7, sieveCase{"not the organisation named after the person", "Head.\n\nThe Okafor Trust paid for the roof.\n\n\"We will win,\" said Okafor.\n", 0, "Okafor", MethodExplicit}},
	{7, sieveCase{"a lone first name as the subject", "Head.\n\nThe shop closed.\n\n\"Nobody came,\" Beatriz recalls in the book.\n", 0, "Beatriz", MethodExplicit}},
	{7, sieveCase{"a title stripped", "Head.\n\nSen. Ana Lima spoke. \"We will win,\" said Sen. Lima.\n", 0, "Ana Lima", MethodExplicit}},
	// 7: a one-word name that is the subject of a verb of saying framing a
	// quotation is a person's, whatever the verb's tense, place or language.
	{7, sieveCase{"a present-tense verb then a bare surname", "Head.\n\n\"The bridge stays shut,\" says Pellham.\n", 0, "Pellham", MethodExplicit}},
	{7, sieveCase{"a bare surname then a present-tense verb", "Head.\n\n\"The bridge stays shut,\" Pellham insists.\n", 0, "Pellham", MethodExplicit}},
	{7, sieveCase{"a bare surname and its verb before the quotation", "Head.\n\nPellham says, \"The bridge stays shut.\"\n", 0, "Pellham", MethodExplicit}},
	{7, sieveCase{"a bare surname after a verb of another language", "Titular.\n\n\"El puente sigue cerrado\", dijo Quenby.\n", 0, "Quenby", MethodExplicit}},
	{7, sieveCase{"a bare surname after an exclamation", "Head.\n\n\"The bridge stays shut!\" insists Pellham.\n", 0, "Pellham", MethodExplicit}},
	{7, sieveCase{"a one-word place is no speaker", "Head.\n\n\"The bridge stays shut,\" says London.\n", 0, "", ""}},
	{8, sieveCase{"an indefinite pronoun opening the sentence names nobody", "Head.\n\nThe crowd grew. Someone shouted, \"Stop the vote!\"\n", 0, "", ""}},
	{7, sieveCase{"an acronym after the verb is no person", "Head.\n\n\"The bridge stays shut,\" says HRTA.\n", 0, "", ""}},
	{7, sieveCase{"a capitalised word opening a longer subject after the verb", "Head.\n\n\"The bridge stays shut,\" said Harbor strategist Ada Quill.\n", 0, "Ada Quill", MethodExplicit}},
	// 1: a dash between the quotation and its attribution stands as a
	// comma does.
	{1, sieveCase{"an em dash, then the name and verb", "Head.\n\n\"Welcome back\" — Lars Abernathy said.\n", 0, "Lars Abernathy", MethodExplicit}},
	{1, sieveCase{"two hyphens, then the verb and a titled name", "Head.\n\n\"Welcome back\" -- said Mr. Abernathy.\n", 0, "Abernathy", MethodExplicit}},
	{1, sieveCase{"an en dash with no spaces", "Head.\n\n“Welcome back”–said Lars Abernathy, the harbour master.\n", 0, "Lars Abernathy", MethodExplicit}},
	// 2: a one-word subject of the sentence before is a person a "he" or
	// "she" framing a quotation may refer back to.
	{2, sieveCase{"a bare surname as the subject of the sentence before", "Head.\n\nPellham stepped away from the podium. \"The bridge stays shut,\" he said.\n", 0, "Pellham", MethodPronoun}},
	{2, sieveCase{"a bare surname as the subject, after an object", "Head.\n\nThe crew met Pellham at noon. Pellham stepped away. \"The bridge stays shut,\" she said.\n", 0, "Pellham", MethodPronoun}},
	{2, sieveCase{"a bare surname that said something before", "Head.\n\n\"The bridge stays shut,\" says Pellham. \"For a month,\" he added.\n", 1, "Pellham", MethodPronoun}},
	{2, sieveCase{"a one-word place as the subject before", "Head.\n\nLondon braced for the storm. \"We are ready,\" she said.\n", 0, "", ""}},
	{2, sieveCase{"an acronym as the subject before", "Head.\n\nHRTA fired the driver. \"We move on,\" he said.\n", 0, "", ""}},
	// 1: two people joined by "and" as the subject: the first named speaks
	// (see TestSpeakerRoles for the role).
	{1, sieveCase{"two names after the verb", "Head.\n\n\"We back the merger,\" said Dalton Reyes and Mireille Tan.\n", 0, "Dalton Reyes", MethodExplicit}},
	{1, sieveCase{"two names before the verb", "Head.\n\nDalton Reyes and Mireille Tan said, \"We back the merger.\"\n", 0, "Dalton Reyes", MethodExplicit}},
	{1, sieveCase{"two names after the quotation, verb last", "Head.\n\n\"We back the merger,\" Dalton Reyes and Mireille Tan said.\n", 0, "Dalton Reyes", MethodExplicit}},
	// 6: a bare quotation paragraph takes the speaker of the reported
	// speech before it, also when its subject is a pronoun that continues
	// that speaker.
	{6, sieveCase{"pronoun subject continuing a named one", "Head.\n\nTomas Ruiz said the port would close.\n\nHe said the vote was rigged.\n\n\"Nobody counted the ballots.\"\n", 0, "Tomas Ruiz", MethodReported}},
	{6, sieveCase{"pronoun subject after a quotation", "Head.\n\n\"We lost,\" Ana Lima said.\n\nShe said the count would be challenged.\n\n\"Nobody counted the ballots.\"\n", 1, "Ana Lima", MethodReported}},
	{6, sieveCase{"pronoun subject that reaches past another voice", "Head.\n\nAna Lima spoke first. Brannoc Hale, a retired councilman, said the port would close.\n\nShe said the vote was rigged.\n\n\"Nobody counted the ballots.\"\n", 0, "", ""}},
	// 4: role nouns and epithets go to a person the article has named; a
	// party member's noun is an epithet, never an organisation.
	{4, sieveCase{"a party member", "Head.\n\nSen. Ana Lima, a Democrat, spoke on Monday.\n\n\"We will win,\" the Democrat said.\n", 0, "Ana Lima", MethodRole}},
	{4, sieveCase{"a party member, nobody named", "Head.\n\nThe vote is on Monday.\n\n\"We will win,\" the Republican said.\n", 0, "", ""}},
	{4, sieveCase{"a describer before a title", "Head.\n\nSen. Ana Lima spoke on Monday.\n\n\"We will win,\" the veteran senator said.\n", 0, "Ana Lima", MethodRole}},
	// 5: "it" and a common noun for an organisation, as the subject of a
	// reporting verb, refer back to the organisation named before.
	{5, sieveCase{"it said", "Head.\n\nThe Harbor Water Company raised its rates on Monday.\n\n\"Costs rose,\" it said.\n", 0, "Harbor Water Company", MethodOrganisation}},
	{5, sieveCase{"the utility said", "Head.\n\nThe Harbor Water Company raised its rates on Monday.\n\n\"Costs rose,\" the utility said.\n", 0, "Harbor Water Company", MethodOrganisation}},
	{5, sieveCase{"it said, before a quotation", "Head.\n\nThe Harbor Water Company raised its rates on Monday. In a statement, it said: \"Costs rose.\"\n", 0, "Harbor Water Company", MethodOrganisation}},
	{5, sieveCase{"a person acted since", "Head.\n\nThe Harbor Water Company raised its rates. Ina Brook, who chairs the tenants' group, objected.\n\n\"Costs rose,\" it said.\n", 0, "", ""}},
	// 5: a public body named by its place ("Dunmore police") is an
	// organisation; "police said" alone names none.
	{5, sieveCase{"place and police before the verb", "Head.\n\n\"Crews are on site,\" Dunmore police said in a statement.\n", 0, "Dunmore police", MethodOrganisation}},
	{5, sieveCase{"place and police after the verb", "Head.\n\n\"Crews are on site,\" said Dunmore police.\n", 0, "Dunmore police", MethodOrganisation}},
	{5, sieveCase{"place and police before a colon", "Head.\n\nDunmore police said: \"Crews are on site.\"\n", 0, "Dunmore police", MethodOrganisation}},
	{5, sieveCase{"a county's authorities", "Head.\n\n\"The road is closed,\" Harrow County authorities said.\n", 0, "Harrow County authorities", MethodOrganisation}},
	{5, sieveCase{"police alone", "Head.\n\n\"Crews are on site,\" police said.\n", 0, "", ""}},
	{5, sieveCase{"police alone, verb first", "Head.\n\n\"Crews are on site,\" said police.\n", 0, "", ""}},
	// 7: a quotation in another language, its verb of saying after it, as
	// English places "said": the name after the verb speaks.
	{7, sieveCase{"Spanish, straight marks", "Titular.\n\n\"Abrimos el puerto mañana\", dijo Tomás Ruiz.\n", 0, "Tomás Ruiz", MethodExplicit}},
	{7, sieveCase{"Spanish, guillemets", "Titular.\n\n«Abrimos el puerto mañana», afirmó Marta Ruiz.\n", 0, "Marta Ruiz", MethodExplicit}},
	{7, sieveCase{"Portuguese", "Manchete.\n\n\"Vamos abrir o porto amanhã\", disse Ana Lima.\n", 0, "Ana Lima", MethodExplicit}},
	{7, sieveCase{"French, present tense", "Titre.\n\n« Nous ouvrons le port demain », déclare Ana Lima.\n", 0, "Ana Lima", MethodExplicit}},
	{7, sieveCase{"German", "Titel.\n\n„Wir öffnen den Hafen morgen“, sagte Jonas Brenner.\n", 0, "Jonas Brenner", MethodExplicit}},
	{7, sieveCase{"French, an auxiliary before the participle", "Titre.\n\n«Le pont rouvre lundi», a déclaré Anne Morel.\n", 0, "Anne Morel", MethodExplicit}},
	{7, sieveCase{"French, a plural auxiliary", "Titre.\n\n« Le pont rouvre lundi », ont affirmé Anne Morel et Luc Brun.\n", 0, "Anne Morel", MethodExplicit}},
	{7, sieveCase{"Italian, an auxiliary before the participle", "Titolo.\n\n«Il ponte riapre lunedì», ha detto Marco Rinaldi.\n", 0, "Marco Rinaldi", MethodExplicit}},
	{7, sieveCase{"French, an inverted pronoun", "Titre.\n\nAnne Morel préside le conseil. «Le pont rouvre lundi», a-t-elle déclaré.\n", 0, "Anne Morel", MethodPronoun}},
	{7, sieveCase{"French, an inverted pronoun after the participle's auxiliary", "Titre.\n\nLuc Brun préside le conseil.\n\n«Le pont rouvre lundi», a-t-il ajouté.\n", 0, "Luc Brun", MethodPronoun}},
	{7, sieveCase{"French, a pronoun joined to its verb", "Titre.\n\nLuc Brun préside le conseil. « Le pont rouvre lundi », ajoute-t-il.\n", 0, "Luc Brun", MethodPronoun}},
	{7, sieveCase{"French, a pronoun joined to dit", "Titre.\n\nAnne Morel préside le conseil. « Le pont rouvre lundi », dit-elle.\n", 0, "Anne Morel", MethodPronoun}},
	{7, sieveCase{"French, an inverted pronoun after a one-word subject", "Titre.\n\nMorel quitte la tribune. « Le pont rouvre lundi », a-t-elle déclaré.\n", 0, "Morel", MethodPronoun}},
	{7, sieveCase{"French, according to", "Titre.\n\nSelon Anne Morel, «le pont rouvre lundi».\n", 0, "Anne Morel", MethodExplicit}},
	{7, sieveCase{"Spanish, according to, after the quotation", "Titular.\n\n«El puente abre el lunes», según Tomás Ruiz.\n", 0, "Tomás Ruiz", MethodExplicit}},
	// 7: titles are stripped before names are compared, also the
	// abbreviated titles of Canadian and British style and the letters of
	// a provincial or devolved member.
	{7, sieveCase{"Coun. after the verb", "Head.\n\n\"The lights are out again,\" said Coun. Ilse Marrow, who represents the ward.\n", 0, "Ilse Marrow", MethodExplicit}},
	{7, sieveCase{"Ward and Coun. before the name", "Head.\n\nWard 4 Coun. Ilse Marrow said the lights were \"out again\".\n", 0, "Ilse Marrow", MethodExplicit}},
	{7, sieveCase{"Supt. before the name", "Head.\n\n\"We found the van,\" Det. Supt. Ivor Crane said.\n", 0, "Ivor Crane", MethodExplicit}},
	{7, sieveCase{"MPP before the name", "Head.\n\n\"The clinic stays,\" said MPP Rohan Vell.\n", 0, "Rohan Vell", MethodExplicit}},
	// 3: a Title-Case lead credits its speaker with the quotation under it.
	{3, sieveCase{"Title-Case lead", "Ana Lima Says Budget Will Pass\n\nThe vote is on Friday.\n\n\"We have the votes.\"\n", 0, "Ana Lima", MethodExplicit}},
	{3, sieveCase{"a pronoun under a Title-Case lead names nobody", "Ana Lima Says Budget Will Pass\n\nThe vote is on Friday.\n\n\"We have the votes,\" she said.\n", 0, "", ""}},
}

func TestAttributionPatterns(t *testing.T) {
	for _, pc := range patternCases {
		c := pc.c
		if p, m := pipelineCredit(t, c); p != c.person || c.person != "" && m != c.method {
			t.Errorf("pattern %d, %s: got %q (%s), want %q (%s)", pc.pattern, c.name, p, m, c.person, c.method)
		}
	}
}

// TestSpeakerRoles checks that what stands before a name is put into the
// role only when it is one: a subject of two people joined by "and" (or
// another language's "et") credits the first and never puts the other's
// name into the role, and a preposition ("Selon") is no role.
func TestSpeakerRoles(t *testing.T) {
	cases := []struct{ name, text, speaker, role string }{
		{"verb first", "Head.\n\n\"We back the merger,\" said Dalton Reyes and Mireille Tan.\n", "Dalton Reyes", ""},
		{"verb first, a role before each", "Head.\n\n\"We back the merger,\" said treasurer Dalton Reyes and auditor Mireille Tan.\n", "Dalton Reyes", "treasurer"},
		{"verb last", "Head.\n\n\"We back the merger,\" Dalton Reyes and Mireille Tan said.\n", "Dalton Reyes", ""},
		{"French according to", "Titre.\n\nSelon Anne Morel, «le pont rouvre lundi».\n", "Anne Morel", ""},
		{"French, two names joined by et", "Titre.\n\n«Le pont rouvre», ont affirmé Anne Morel et Luc Brun.\n", "Anne Morel", ""},
		{"two titles joined, one person", "Head.\n\n\"Enough,\" said former Ohio Gov. and Harbor Party Chairman Ed Lind.\n", "Ed Lind", "Harbor Party Chairman"},
	}
	for _, c := range cases {
		qs, _ := NewExtractor().Extract(sources.FromText("t", c.text))
		if len(qs) == 0 {
			t.Fatalf("%s: no quotation", c.name)
		}
		if q := qs[0]; q.Speaker != c.speaker || q.Role != c.role {
			t.Errorf("%s: got %q role %q, want %q role %q", c.name, q.Speaker, q.Role, c.speaker, c.role)
		}
	}
}
