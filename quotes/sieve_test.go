package quotes

import (
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// sieveCase is an article, the quotation (counted from 0) one sieve must
// attribute, and the speaker and method it must give ("" for none).
type sieveCase struct {
	name, text     string
	quote          int
	person, method string
}

// runSieve runs the whole attribution on the quotations before the one a
// case names, so the discourse state is what it would be, then the one
// sieve alone on that quotation.
func runSieve(t *testing.T, s sieve, c sieveCase) credit {
	t.Helper()
	src := sources.FromText("t", c.text)
	paras, spans, _, _ := scanText(src.Text)
	toks := tokenize(src.Text, paras, spans)
	a := newAttributor(toks, findPeople(toks))
	var qtok []int
	for k, tk := range toks {
		if tk.kind == tokQuote {
			qtok = append(qtok, k)
		}
	}
	if c.quote >= len(qtok) {
		t.Fatalf("%s: %d quotations, want at least %d", c.name, len(qtok), c.quote+1)
	}
	for _, k := range qtok[:c.quote] {
		a.attribute(k)
	}
	return a.take(s, qtok[c.quote])
}

func testSieve(t *testing.T, s sieve, cases []sieveCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := runSieve(t, s, c)
			if w.person != c.person || c.person != "" && w.method != c.method {
				t.Errorf("got %q (%s), want %q (%s)", w.person, w.method, c.person, c.method)
			}
		})
	}
}

var headNounSieveCases = []sieveCase{
	{"verb first, role phrase before name", "Head.\n\n\"We played well,\" said Harbor City head coach Dale Morrow.\n", 0, "Dale Morrow", MethodExplicit},
	{"union local and number", "Head.\n\n\"We will strike,\" Local 12 president Tomasz Wrona said.\n", 0, "Tomasz Wrona", MethodExplicit},
	{"campaign manager of a named candidate", "Head.\n\n\"It is over,\" Okafor campaign manager Lena Duarte told reporters.\n", 0, "Lena Duarte", MethodExplicit},
	{"long appositive", "Head.\n\n\"It worked,\" Hugh Hill, who ran the clinic for a decade and now advises the province, said.\n", 0, "Hugh Hill", MethodExplicit},
	{"name in no list", "Head.\n\n\"It rained,\" said Quillon Pardew, a rancher.\n", 0, "Quillon Pardew", MethodExplicit},
	{"lower-case modifiers after the verb", "Head.\n\n\"We grow,\" said Idaho seed-company executive Frank Vale.\n", 0, "Frank Vale", MethodExplicit},
	{"place after the name", "Head.\n\n\"Enough,\" said Sen. Jeff Marlow of Oregon, a lawyer.\n", 0, "Jeff Marlow", MethodExplicit},
	{"surname that is also a title", "Head.\n\n\"Enough,\" said former Maine governor Ana Judge (D).\n", 0, "Ana Judge", MethodExplicit},
	{"roles joined by and", "Head.\n\n\"Enough,\" said former Ohio Gov. and Harbor Party Chairman Ed Lind.\n", 0, "Ed Lind", MethodExplicit},
	{"name in apposition to a role", "Head.\n\n\"We wait,\" said one more stallholder, Lin Hart.\n", 0, "Lin Hart", MethodExplicit},
	{"a surname that is a common word", "Head.\n\n\"We wait,\" said Anna Every, a nurse.\n", 0, "Anna Every", MethodExplicit},
	{"a day after the name", "Head.\n\n\"We wait,\" said Anna Lind Monday.\n", 0, "Anna Lind", MethodExplicit},
	{"possessive ends no subject", "Head.\n\n\"No,\" Okafor's campaign manager said.\n", 0, "", ""},
	{"organisation", "Head.\n\n\"No,\" the Harbor Port Authority said.\n", 0, "", ""},
}

func TestHeadNounSieve(t *testing.T) { testSieve(t, headNounSieve{}, headNounSieveCases) }

var adjacentSieveCases = []sieveCase{
	{"honorific before a common word", "Head.\n\nTheresa May spoke.\n\n\"We will leave,\" Ms. May said.\n", 0, "Theresa May", MethodExplicit},
	{"name then verb", "Head.\n\n\"We will rebuild,\" Mayor Ana Lima said.\n", 0, "Ana Lima", MethodExplicit},
	{"pronoun", "Head.\n\nMayor Ana Lima toured the town.\n\n\"We will rebuild,\" she said.\n", 0, "Ana Lima", MethodPronoun},
	{"according to", "Head.\n\n\"Prices will fall,\" according to Hugh Hill, an economist.\n", 0, "Hugh Hill", MethodExplicit},
	{"a name set off by commas after a possessive role", "Head.\n\n\"The tide decides,\" the mayor's chief of staff, Ana Lima, told reporters.\n", 0, "Ana Lima", MethodExplicit},
}

func TestAdjacentSieve(t *testing.T) { testSieve(t, adjacentSieve{}, adjacentSieveCases) }

var sentenceSieveCases = []sieveCase{
	{"verb before", "Head.\n\nAna Lima said, \"We will rebuild.\"\n", 0, "Ana Lima", MethodExplicit},
	{"colon", "Head.\n\nCarla Souza told reporters: \"The water is falling.\"\n", 0, "Carla Souza", MethodExplicit},
}

func TestSentenceSieve(t *testing.T) { testSieve(t, sentenceSieve{}, sentenceSieveCases) }

var reportingSubjectSieveCases = []sieveCase{
	{"appositive with a place", "Head.\n\nAna Lima, a 55-year-old teacher from Recife, Brazil, says Ruiz will \"be back\".\n", 0, "Ana Lima", MethodExplicit},
	{"opening phrase", "Head.\n\nAfter the vote, Tomas Ruiz assured the tenants that the board \"had heard them\".\n", 0, "Tomas Ruiz", MethodExplicit},
	{"conjunction first", "Head.\n\nAnd Priya Sand, the chair of Canal Friends, a society that objected, said that \"the towpath is lost\".\n", 0, "Priya Sand", MethodExplicit},
	{"no reporting verb", "Head.\n\nTomas Ruiz toured the \"new\" dam.\n", 0, "", ""},
}

func TestReportingSubjectSieve(t *testing.T) {
	testSieve(t, reportingSubjectSieve{}, reportingSubjectSieveCases)
}

var clauseSubjectSieveCases = []sieveCase{
	{"participle", "Head.\n\nTomas Ruiz attacked the governor, calling him \"the landlord in chief\".\n", 0, "Tomas Ruiz", MethodExplicit},
	{"reported clause", "Head.\n\nTomas Ruiz said last week that the plan was \"dead on arrival\".\n", 0, "Tomas Ruiz", MethodExplicit},
	{"pronoun", "Head.\n\nCarla Souza spoke on Monday.\n\nShe warned that the dam was \"close to failing\".\n", 0, "Carla Souza", MethodPronoun},
	{"participle after a verb of no speech", "Head.\n\nTomas Ruiz waved away questions about Hugh Hill before saying, \"The audit can wait.\"\n", 0, "Tomas Ruiz", MethodExplicit},
	{"another clause after a semicolon", "Head.\n\nTomas Ruiz said the dam held; now the town wants a \"proper\" wall.\n", 0, "", ""},
	{"someone else named after a verb of no speech", "Head.\n\nHugh Hill challenged Tomas Ruiz to explain his warning that it would \"fail\".\n", 0, "", ""},
}

func TestClauseSubjectSieve(t *testing.T) {
	testSieve(t, clauseSubjectSieve{}, clauseSubjectSieveCases)
}

var reportedCarrySieveCases = []sieveCase{
	{"same paragraph", "Head.\n\nTomas Ruiz said the levee had held. \"We were lucky.\"\n", 0, "Tomas Ruiz", MethodReported},
	{"next paragraph", "Head.\n\nTomas Ruiz told reporters the town would rebuild.\n\n\"Nobody is leaving.\"\n", 0, "Tomas Ruiz", MethodReported},
	{"someone else took the floor", "Head.\n\nTomas Ruiz said the levee had held. Carla Souza disagreed. \"It broke.\"\n", 0, "Carla Souza", MethodReported},
	{"reporting verb in a participle", "Head.\n\nTomas Ruiz closed the hearing by promising he would return. \"I will bring the figures.\"\n", 0, "Tomas Ruiz", MethodReported},
	{"two paragraphs back", "Head.\n\nTomas Ruiz said the levee had held.\n\nThe river fell overnight.\n\n\"We were lucky.\"\n", 0, "", ""},
}

func TestReportedCarrySieve(t *testing.T) {
	testSieve(t, reportedCarrySieve{}, reportedCarrySieveCases)
}

var continuationSieveCases = []sieveCase{
	{"same paragraph", "Head.\n\n\"We lost everything,\" Tomas Ruiz said. \"The house, the shop.\"\n", 1, "Tomas Ruiz", MethodContinuation},
	{"name inside the attribution", "Head.\n\n\"We lost everything,\" said Ana Lima, a Brandt delegate from Recife. \"We stay.\"\n", 1, "Ana Lima", MethodContinuation},
	{"name inside a participle of the attribution", "Head.\n\n\"We lost it,\" Ana Lima said, pointing at the three Brandt kilns. \"We stay.\"\n", 1, "Ana Lima", MethodContinuation},
	{"another subject between", "Head.\n\n\"We lost everything,\" Tomas Ruiz said. Ana Lima shook her head. \"We stay.\"\n", 1, "", ""},
}

func TestContinuationSieve(t *testing.T) { testSieve(t, continuationSieve{}, continuationSieveCases) }

var colonIntroSieveCases = []sieveCase{
	{"age before the name", "Head.\n\n62-year-old Ada Quill agreed:\n\n\"The ferry was always late.\"\n", 0, "Ada Quill", MethodExplicit},
	{"an age before the name and a verb of no speech", "Head.\n\n48-year-old Ada Quill nodded:\n\n\"The ferry was always late.\"\n", 0, "Ada Quill", MethodExplicit},
	{"a verb of no speech and a role phrase", "Head.\n\nHarbor City head coach Dale Morrow put it plainly:\n\n\"We were beaten.\"\n", 0, "Dale Morrow", MethodExplicit},
	{"a long appositive", "Head.\n\nAda Quill, who has sold tickets at the ferry kiosk for thirty years, was blunt:\n\n\"The ferry was always late.\"\n", 0, "Ada Quill", MethodExplicit},
	{"no colon", "Head.\n\nAda Quill agreed with it.\n\n\"The ferry was always late.\"\n", 0, "", ""},
}

func TestColonIntroSieve(t *testing.T) { testSieve(t, colonIntroSieve{}, colonIntroSieveCases) }

var asPutItSieveCases = []sieveCase{
	{"before", "Head.\n\nAs prosecutor Marc Lenoir put it, \"there was little to go on.\"\n", 0, "Marc Lenoir", MethodExplicit},
	{"after", "Head.\n\n\"The river decides,\" as Ana Lima put it.\n", 0, "Ana Lima", MethodExplicit},
	{"an appositive and a colon", "Head.\n\nOr, as Tomas Ruiz, a former harbour master, put it: \"The tide decides.\"\n", 0, "Tomas Ruiz", MethodExplicit},
	{"such as", "Head.\n\nRivers such as the Tagus \"decide\".\n", 0, "", ""},
	{"an appositive holding a quotation", "Head.\n\nAs Gus Arden, an engineer and author of \"Bridges of the North,\" put it, \"A bridge is a promise.\"\n", 1, "Gus Arden", MethodExplicit},
	{"a role, then the name set off", "Head.\n\nAs the hospital's medical director, Mina Shah, put it on local radio, \"The ward stays open.\"\n", 0, "Mina Shah", MethodExplicit},
	{"an outlet's possessive before the name", "Head.\n\nAs the Gazette's Tariq Bell puts it, \"Nobody in Hull believes the figures.\"\n", 0, "Tariq Bell", MethodExplicit},
	{"a place after the name", "Head.\n\nStill, as Father Gus Arden of St Mary's Minster said on Sunday, \"The bells will ring again.\"\n", 0, "Gus Arden", MethodExplicit},
	{"as after a verb of naming", "Head.\n\nThe plan was described as \"a disaster.\"\n", 0, "", ""},
}

func TestAsPutItSieve(t *testing.T) { testSieve(t, asPutItSieve{}, asPutItSieveCases) }

// A speaker need not be in any list: a name in no list, a bare surname of a
// person named in full before, and a name with a long appositive are each
// credited through the whole extraction.
func TestSpeakersInNoList(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"name in no list", "Head.\n\n\"The harvest failed,\" said Ozren Kvaternik, a farmer.\n", "Ozren Kvaternik"},
		{"bare surname", "Head.\n\nOzren Kvaternik farms near the river.\n\n\"The harvest failed,\" said Kvaternik.\n", "Ozren Kvaternik"},
		{"long appositive", "Head.\n\n\"The harvest failed,\" Ozren Kvaternik, who has farmed the valley for forty years and now chairs the growers' cooperative, said.\n", "Ozren Kvaternik"},
	}
	for _, c := range cases {
		qs, _ := NewExtractor().Extract(sources.FromText("t", c.text))
		if len(qs) != 1 || qs[0].Speaker != c.want {
			t.Errorf("%s: got %+v, want one quotation by %q", c.name, qs, c.want)
		}
	}
}

var documentSieveCases = []sieveCase{
	{"possessive name", "Head.\n\nTomas Ruiz lost the case.\n\n\"We will appeal,\" Ruiz's statement read.\n", 0, "Tomas Ruiz", MethodDocument},
	{"possessive pronoun", "Head.\n\nCarla Souza posted on Monday. \"I am staying,\" her post said.\n", 0, "Carla Souza", MethodDocument},
	{"the statement after reported speech", "Head.\n\nTomas Ruiz said he would fight on.\n\n\"We will appeal,\" the statement said.\n", 0, "Tomas Ruiz", MethodDocument},
	{"an organisation's statement", "Head.\n\nTomas Ruiz spoke.\n\nThe governor's office said in a statement that aid was coming. \"We will help,\" the statement said.\n", 0, "", ""},
	{"nobody before", "Head.\n\nThe river rose.\n\n\"We will appeal,\" the statement said.\n", 0, "", ""},
}

func TestDocumentSieve(t *testing.T) { testSieve(t, documentSieve{}, documentSieveCases) }

var trailingSieveCases = []sieveCase{
	{"name then verb", "Head.\n\n\"We are horrified\" by the shooting in the port, Ana Lima said.\n", 0, "Ana Lima", MethodExplicit},
	{"verb then name", "Head.\n\n\"It is over\" for the mill, said Tomas Ruiz, a welder.\n", 0, "Tomas Ruiz", MethodExplicit},
	{"pronoun", "Head.\n\nAna Lima spoke first.\n\n\"We wait\" until the vote, she said on Monday.\n", 0, "Ana Lima", MethodPronoun},
	{"a long appositive after the name", "Head.\n\n\"Money decides\" in a race this close, says Dante Reyes, a political scientist at the Harbor City campus of the state university.\n", 0, "Dante Reyes", MethodExplicit},
	{"an appositive opening with a role noun", "Head.\n\n\"Nobody listens\" to the tenants on this, said Ina Brook, director of the Harbor Tenants' Union and a former nurse.\n", 0, "Ina Brook", MethodExplicit},
	{"another quotation after", "Head.\n\n\"We wait\" for now, Ana Lima said, \"and then we go\".\n", 0, "", ""},
	{"a clause, not an attribution", "Head.\n\n\"We wait\" was the sign, Ana Lima's neighbours agreed.\n", 0, "", ""},
}

func TestTrailingSieve(t *testing.T) { testSieve(t, trailingSieve{}, trailingSieveCases) }

var possessiveRemarkSieveCases = []sieveCase{
	{"role in the possessive", "Head.\n\nFire Chief Ines Vale spoke on Friday.\n\nThe fire chief's remarks about \"a long winter\" drew criticism.\n", 0, "Ines Vale", MethodRole},
	{"name in the possessive, noun then that", "Head.\n\nCritics seized on Tomas Okoro's claim that \"nothing was lost\".\n", 0, "Tomas Okoro", MethodExplicit},
	{"pronoun, noun then to", "Head.\n\nMayor Ana Lima met residents on Monday. Her pledge to \"fix it by June\" was welcomed.\n", 0, "Ana Lima", MethodPronoun},
	{"curly apostrophe, noun then of", "Head.\n\nSenator Piet Lund spoke in the chamber. Lund’s warning of “a hard year” came later.\n", 0, "Piet Lund", MethodExplicit},
	{"no remark noun", "Head.\n\nSenator Piet Lund spoke in the chamber. Lund's office called it \"a hard year\".\n", 0, "", ""},
	{"possessive too far from the quotation", "Head.\n\nSenator Piet Lund's remarks came after a vote on what many called \"a hard year\".\n", 0, "", ""},
	{"a thing's words, not a person's", "Head.\n\nThe report's words, \"a hard year\", were repeated.\n", 0, "", ""},
}

func TestPossessiveRemarkSieve(t *testing.T) {
	testSieve(t, possessiveRemarkSieve{}, possessiveRemarkSieveCases)
}

var referredToCases = []sieveCase{
	{"after an opening phrase", "Head.\n\nIn a statement on Tuesday, union leader Quinn Diaz referred to \"the long wait\" and said more would follow.\n", 0, "Quinn Diaz", MethodExplicit},
}

func TestReferredTo(t *testing.T) { testSieve(t, sentenceSieve{}, referredToCases) }

var headlineSieveCases = []sieveCase{
	{"a bare quotation under the headline", "Ana Lima Says Budget Will Pass\n\nThe vote is on Friday.\n\n\"We have the votes.\"\n", 0, "Ana Lima", MethodExplicit},
	{"a role before the name", "Harbor Chief Ines Vale Tells Crews To Stay Home\n\nThe storm arrives at noon.\n\n\"Nobody sails tonight.\"\n", 0, "Ines Vale", MethodExplicit},
	{"someone else named first", "Ana Lima Says Budget Will Pass\n\nTomas Ruiz, who leads the opposition, disagrees.\n\n\"We have the votes.\"\n", 0, "", ""},
	{"a headline with no speaking verb", "Ana Lima And The Budget\n\n\"We have the votes.\"\n", 0, "", ""},
	{"too far under the headline", "Ana Lima Says Budget Will Pass\n\nThe vote is on Friday.\n\nIt needs a majority.\n\nThe chamber has 40 seats.\n\n\"We have the votes.\"\n", 0, "", ""},
}

func TestHeadlineSieve(t *testing.T) { testSieve(t, headlineSieve{}, headlineSieveCases) }
