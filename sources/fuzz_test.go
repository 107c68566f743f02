package sources

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var fuzzExts = []string{".txt", ".md", ".html", ".json", ".jsonl", ""}

// FuzzLoad checks that any bytes under any article name load without a
// panic, give valid sources or an error naming the file, and that Locate
// stays within the file.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"page.html", "story.md", "records.json", "wire.jsonl", "cp1252.txt", "utf16.txt", "bom.txt", "invalid.txt"} {
		b, err := os.ReadFile(fixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0))
	}
	f.Add([]byte(" date 2021-03-18 Body “quoted” text.\n"), uint8(0))
	f.Add([]byte("---\ntitle: x\n---\n"), uint8(1))
	f.Add([]byte("[{\"title\":\"t\",\"text\":\"a\\nb\"}, 3]"), uint8(3))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, ext uint8) {
		path := filepath.Join(dir, "article"+fuzzExts[int(ext)%len(fuzzExts)])
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		srcs, err := Load(path, Options{})
		for _, e := range flatten(err) {
			if !strings.HasPrefix(e.Error(), path) {
				t.Errorf("error %q does not name the file", e)
			}
		}
		if bytes.IndexByte(data, 0) >= 0 && len(srcs) > 0 && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
			t.Errorf("a file with a NUL byte was read as text")
		}
		lines := strings.Count(loneCRToLF(string(data)), "\n") + 1
		for _, s := range srcs {
			checkLocate(t, s, len(data), lines)
		}
	})
}

func checkLocate(t *testing.T, s *Source, size, lines int) {
	limit := size
	if s.Format == FormatJSON || s.Format == FormatJSONL {
		limit = len(s.Text) // positions within the record's text
	}
	for _, off := range []int{-1, 0, 1, len(s.Text) / 3, len(s.Text) / 2, len(s.Text) - 1, len(s.Text), len(s.Text) + 1} {
		p := s.Locate(off)
		if p.Line < 1 || p.Line > lines || p.Column < 1 || p.Offset < 0 || p.Offset > limit {
			t.Fatalf("%s: Locate(%d) = %+v outside the file (%d bytes, %d lines)", s.Format, off, p, size, lines)
		}
	}
}

// BenchmarkLoad measures reading a large plain-text article.
func BenchmarkLoad(b *testing.B) {
	path := writeBig(b, 8<<20)
	b.SetBytes(8 << 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(path, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLocate measures Locate at spread-out offsets of a large article.
func BenchmarkLocate(b *testing.B) {
	srcs, err := Load(writeBig(b, 8<<20), Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := srcs[0]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s.Locate(i * 7919 % len(s.Text))
		i++
	}
}

func writeBig(b *testing.B, size int) string {
	para := " date 2021-03-18 Putin said “we will talk,” and Biden’s aide said \"quite busy.\"\n\n"
	text := []byte(strings.Repeat(para, size/len(para)+1)[:size])
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// FuzzReadURLList checks that any list reads without a panic, gives only
// http or https URLs, and names the list in its error.
func FuzzReadURLList(f *testing.F) {
	f.Add([]byte("# links\nhttps://example.com/a\n\nhttp://example.org/b # copy\n"))
	f.Add([]byte("example.com/a\n"))
	f.Add([]byte("https://example.com/\xff\r\nhttps://x #\n#https://y\n"))
	name := filepath.Join(f.TempDir(), "urls.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		urls, err := ReadURLList(name)
		if err != nil && !strings.HasPrefix(err.Error(), name) {
			t.Errorf("error %q does not name the list", err)
		}
		for _, u := range urls {
			if !IsURL(u) || strings.ContainsAny(u, " \t\n") {
				t.Errorf("listed %q", u)
			}
		}
	})
}

// FuzzPublished checks that a publication time read from any metadata is
// empty, a date alone, or RFC 3339 that PublishedTime reads back.
func FuzzPublished(f *testing.F) {
	for _, s := range []string{"2021-03-18", "2021-03-18T14:05:00Z", "2021-03-18 14:05", "March 18, 2021", "Thu, 18 Mar 2021 14:05:00 +0000", "soon"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Published(s)
		if p == "" {
			return
		}
		if _, ok := PublishedTime(p); !ok {
			t.Errorf("Published(%q) = %q, which PublishedTime cannot read", s, p)
		}
	})
}
