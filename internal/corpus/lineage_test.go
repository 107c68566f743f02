package corpus

import (
	"strings"
	"testing"
)

// TestLineage: with times, every article has its outlet's delay after the
// event, a copy prints its source's words (or those with one change of its
// own), and a copy's source published before it.
func TestLineage(t *testing.T) {
	c, err := Generate(Config{Stories: 12, Outlets: 5, Seed: 3, Times: true, Formats: []string{"text", "html", "markdown"}})
	if err != nil {
		t.Fatal(err)
	}
	type key struct{ file, utt string }
	rec := map[key]Lineage{}
	for _, l := range c.Lineage {
		rec[key{l.File, l.Utterance}] = l
	}
	copies, verbatim := 0, 0
	for _, l := range c.Lineage {
		if l.From == "" {
			continue
		}
		copies++
		src, ok := rec[key{l.From, l.Utterance}]
		if !ok {
			t.Fatalf("%s copies %s, which does not print %s", l.File, l.From, l.Utterance)
		}
		if !src.Published.Before(l.Published) {
			t.Errorf("%s (%s) copies %s, published later (%s)", l.File, l.Published, l.From, src.Published)
		}
		if src.Words == l.Words {
			verbatim++
		}
	}
	if copies < 20 || verbatim == copies || verbatim == 0 {
		t.Errorf("%d copies, %d verbatim: want many, most but not all verbatim", copies, verbatim)
	}
	for _, a := range c.Articles {
		var stamp string
		switch a.Format {
		case FormatMarkdown:
			stamp = "\ndate: 20"
		case FormatHTML:
			stamp = `article:published_time" content="20`
		default:
			stamp = " date 20"
		}
		if !strings.Contains(string(a.Content), stamp) || !strings.Contains(string(a.Content), ":00Z") {
			t.Errorf("%s: no publication time", a.Name)
		}
	}
	again, _ := Generate(Config{Stories: 12, Outlets: 5, Seed: 3, Times: true, Formats: []string{"text", "html", "markdown"}})
	if len(again.Lineage) != len(c.Lineage) || again.Lineage[7] != c.Lineage[7] {
		t.Error("the same Config gave another lineage")
	}
}
