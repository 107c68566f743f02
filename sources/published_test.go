package sources

import (
	"strings"
	"testing"
)

func TestPublished(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2021-03-18", "2021-03-18"},
		{"2021-03-18T14:05:00Z", "2021-03-18T14:05:00Z"},
		{"2021-03-18T10:05-04:00", "2021-03-18T10:05:00-04:00"},
		{"2021-03-18 14:05", "2021-03-18T14:05:00Z"},
		{"March 18, 2021", "2021-03-18"},
		{"Thu, 18 Mar 2021 14:05:00 +0000", "2021-03-18T14:05:00Z"},
		{"yesterday", ""},
		{"", ""},
	} {
		if got := Published(tc.in); got != tc.want {
			t.Errorf("Published(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStampedTime(t *testing.T) {
	for _, tc := range []struct{ date, stamp, want string }{
		{"2026-02-12", "11:04 A.M. PST", "2026-02-12T11:04:00-08:00"},
		{"2026-02-12", "3:26 P.M. EDT", "2026-02-12T15:26:00-04:00"},
		{"2026-02-12", "12:10 P.M. EST", "2026-02-12T12:10:00-05:00"},
		{"2026-02-12", "12:10 A.M. UTC", "2026-02-12T00:10:00Z"},
		{"2026-02-12", "3:26 PM", "2026-02-12"},      // no zone: the date alone
		{"2026-02-12", "00:01:04.500", "2026-02-12"}, // a caption time, not a clock
	} {
		if got := stampedTime(tc.date, tc.stamp); got != tc.want {
			t.Errorf("stampedTime(%q, %q) = %q, want %q", tc.date, tc.stamp, got, tc.want)
		}
	}
}

// TestPublishedFromMetadata reads the publication time each format's
// metadata gives.
func TestPublishedFromMetadata(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"front.md", "---\ntitle: A day at the dock\ndate: 2021-03-18T14:05:00Z\n---\n\nThe mayor said, \"We will open the dock.\"\n", "2021-03-18T14:05:00Z"},
		{"front-day.md", "---\ntitle: A day at the dock\ndate: 2021-03-18\n---\n\nThe mayor said, \"We will open the dock.\"\n", "2021-03-18"},
		{"meta.html", `<!doctype html><html><head><title>Dock</title><meta property="article:published_time" content="2021-03-18T10:05:00-04:00"></head><body><article><p>The mayor said, "We will open the dock on Monday, and we will keep it open all summer long for everyone."</p></article></body></html>`, "2021-03-18T10:05:00-04:00"},
		{"ld.html", `<!doctype html><html><head><title>Dock</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dock","datePublished":"2021-03-18T16:40:00Z","publisher":{"@type":"Organization","name":"Harbour Herald"}}</script></head><body><article><p>The mayor said, "We will open the dock on Monday, and we will keep it open all summer long for everyone."</p></article></body></html>`, "2021-03-18T16:40:00Z"},
		{"rec.json", `{"title":"Dock","published_at":"2021-03-18T09:00:00+01:00","text":"The mayor said, \"We will open the dock.\""}`, "2021-03-18T09:00:00+01:00"},
		{"plain.txt", "date 2021-03-18T14:05Z\nDock opens\n\nThe mayor said, \"We will open the dock.\"\n", "2021-03-18T14:05:00Z"},
		{"briefing-2026-02-12.txt", "Press Briefing\n\n11:04 A.M. PST\n\nMS. WHITFIELD:  Good morning.  We open the dock today.\n\nQ    When?\n\nMS. WHITFIELD:  Monday.  Next question.\n\nQ    Why?\n\nMS. WHITFIELD:  Because it is ready.\n", "2026-02-12T11:04:00-08:00"},
		{"undated.txt", "Dock opens\n\nThe mayor said, \"We will open the dock.\"\n", ""},
	} {
		srcs, err := Parse(tc.name, strings.NewReader(tc.file))
		if err != nil || len(srcs) != 1 {
			t.Fatalf("%s: %v (%d sources)", tc.name, err, len(srcs))
		}
		if got := srcs[0].Published; got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
	}
}
