package sources

import (
	"errors"
	"strings"
	"testing"
)

// errorsOnly drops the warnings (*Warning) joined in err.
func errorsOnly(err error) error {
	var out []error
	for _, e := range flatten(err) {
		var w *Warning
		if !errors.As(e, &w) {
			out = append(out, e)
		}
	}
	return errors.Join(out...)
}

func TestHeadline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Politics\n\nWhite House Says Biden Is 'Quite Busy'\n\nBody text.", "White House Says Biden Is 'Quite Busy'"},
		{"Russian President Vladimir Putin has challenged his US counterpart.\nMore.", ""},
		{"Putin challenges Biden to a debate\nThe Kremlin said on Thursday that it would be live.", "Putin challenges Biden to a debate"},
		{"\n\n  Will Biden take the call?  \n\nBody.", "Will Biden take the call?"},
		{"lowercase words are not a headline\n", ""},
		{"Updated:\nSomething Else Here", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := headline(tt.text); got != tt.want {
			t.Errorf("headline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNameMeta(t *testing.T) {
	tests := []struct{ path, outlet, date string }{
		{"data/000_6eba9530498a183b.txt", "000_6eba9530498a183b", ""},
		{"reuters-2021-03-18.txt", "reuters", "2021-03-18"},
		{"ap_20210318.html", "ap", "2021-03-18"},
		{"2021-03-18.txt", "2021-03-18", ""},
		{"-", "stdin", ""},
	}
	for _, tt := range tests {
		if o, d := nameMeta(tt.path); o != tt.outlet || d != tt.date {
			t.Errorf("nameMeta(%q) = %q, %q; want %q, %q", tt.path, o, d, tt.outlet, tt.date)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ path, text, want string }{
		{"a.TXT", "<html>", "text"},
		{"a.htm", "x", "html"},
		{"a.ndjson", "x", "jsonl"},
		{"a", "\n  <!DOCTYPE html><html>", "html"},
		{"a", "<HTML><body>", "html"},
		{"a", "---\ntitle: x\n---\n", "markdown"},
		{"a", "  [ {} ]", "json"},
		{"a", "{\"text\":\"x\"}", "json"},
		{"a", "Plain text.", "text"},
		{"-", "", "text"},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.path, tt.text); got != tt.want {
			t.Errorf("detectFormat(%q, %q) = %q, want %q", tt.path, tt.text, got, tt.want)
		}
	}
}

func TestDecodeBytes(t *testing.T) {
	tests := []struct {
		in             string
		text, encoding string
		err            string
	}{
		{"plain", "plain", "", ""},
		{"\xef\xbb\xbfbom", "bom", "", ""},
		{"\x93quoted\x94 \x96 dash", "“quoted” – dash", "windows-1252", ""},
		{"\xff\xfeh\x00i\x00", "hi", "utf-16le", ""},
		{"\xfe\xff\x00h\x00i", "hi", "utf-16be", ""},
		{"\xff\xfe\x3d\xd8\x00\xde", "😀", "utf-16le", ""},
		{"\xff\xfeh\x00\x00\x00", "", "", "binary file"},
		{"a\x00b", "", "", "binary file"},
		{"\x01\x02\x03\x04abc", "", "", "binary file"},
		{"ok\nab\x8d", "", "", "2: column 3: invalid UTF-8"},
	}
	for _, tt := range tests {
		d, err := decodeBytes([]byte(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("decodeBytes(%q): error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || d.text != tt.text || d.encoding != tt.encoding {
			t.Errorf("decodeBytes(%q) = %q, %q, %v; want %q, %q", tt.in, d.text, d.encoding, err, tt.text, tt.encoding)
		}
	}
}
