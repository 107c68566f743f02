package sources

import (
	"regexp"
	"strings"
	"time"
)

// publishedLayouts are the forms of a publication time read from metadata,
// each with whether it holds a time of day. A time without a zone is taken
// as UTC.
var publishedLayouts = []struct {
	layout string
	clock  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04Z0700", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"2006-01-02", false},
	{"January 2, 2006", false},
	{"Jan 2, 2006", false},
	{"2 January 2006", false},
}

// Published reads a publication time as metadata gives it and writes it in
// RFC 3339 ("2021-03-18T14:05:00-04:00"), or as a date alone
// ("2021-03-18") when it has no time of day; "" when it is not a time.
func Published(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range publishedLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if !l.clock {
			return t.Format("2006-01-02")
		}
		return t.Format(time.RFC3339)
	}
	return ""
}

// PublishedTime gives the instant a Published value names (midnight UTC
// for a date alone) and whether it names one.
func PublishedTime(p string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, p); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01-02", p); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// clockStamp reads a transcript's time stamp: "11:04 A.M. PST", "3:26 PM".
var clockStamp = regexp.MustCompile(`^(\d{1,2}):(\d{2})\s*([AaPp])\.?[Mm]\.?(?:\s+([A-Z]{2,4}))?$`)

// zoneOffsets are the hours from UTC of the zone abbreviations a time
// stamp line uses (those of the United States, and UTC itself).
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
	"MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}

// stampedTime joins a transcript's date and its first time stamp line
// into a publication time; the date alone when the stamp cannot be read
// or names no zone.
func stampedTime(date, stamp string) string {
	day, err := time.Parse("2006-01-02", date)
	m := clockStamp.FindStringSubmatch(strings.TrimSpace(strings.ReplaceAll(stamp, "\u00a0", " ")))
	if err != nil || m == nil {
		return date
	}
	off, ok := zoneOffsets[m[4]]
	if !ok {
		return date
	}
	hour, minute := atoi(m[1])%12, atoi(m[2])
	if m[3] == "P" || m[3] == "p" {
		hour += 12
	}
	if minute > 59 {
		return date
	}
	zone := time.FixedZone(m[4], off*3600)
	t := time.Date(day.Year(), day.Month(), day.Day(), hour, minute, 0, 0, zone)
	return t.Format(time.RFC3339)
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
