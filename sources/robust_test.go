package sources

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func warnings(err error) []*Warning {
	var out []*Warning
	for _, e := range flatten(err) {
		var w *Warning
		if errors.As(e, &w) {
			out = append(out, w)
		}
	}
	return out
}

// TestDecodeMixedUTF8AndCP1252: a UTF-8 file with one Windows-1252 byte
// keeps its UTF-8 (curly quotes stay quotes) and warns with that byte's line.
func TestDecodeMixedUTF8AndCP1252(t *testing.T) {
	data := []byte("Council opens new caf\xe9 on Main Street\n\n“We are proud of it,” the mayor said.\n")
	p := writeFile(t, t.TempDir(), "mixed.txt", data)
	srcs, err := Load(p, Options{})
	if e := errorsOnly(err); e != nil || len(srcs) != 1 {
		t.Fatalf("Load: %v, %d sources", e, len(srcs))
	}
	if !strings.Contains(srcs[0].Text, "“We are proud of it,”") || !strings.Contains(srcs[0].Text, "café") {
		t.Errorf("text decoded wrongly: %q", srcs[0].Text)
	}
	ws := warnings(err)
	if len(ws) != 1 || ws[0].Line != 1 || ws[0].Path != p || !strings.Contains(ws[0].Msg, "0xE9") {
		t.Errorf("warnings %v, want one for line 1 naming byte 0xE9", ws)
	}
	if pos := srcs[0].Locate(strings.Index(srcs[0].Text, "“We")); pos.Line != 3 || pos.Column != 1 || pos.Offset != 39 {
		t.Errorf("position of the quotation %+v, want line 3 column 1 offset 39", pos)
	}
}

// TestDecodeWarningsCapped: a file with a bad byte on every line gives at
// most maxByteWarnings warnings plus one count.
func TestDecodeWarningsCapped(t *testing.T) {
	data := []byte(strings.Repeat("The caf\xe9 opened today.\n", 500))
	_, err := Load(writeFile(t, t.TempDir(), "many.txt", data), Options{})
	ws := warnings(err)
	if len(ws) != maxByteWarnings+1 || !strings.Contains(ws[len(ws)-1].Msg, "400 more lines") {
		t.Errorf("%d warnings, last %v; want %d and a count of 400 more", len(ws), ws[len(ws)-1], maxByteWarnings+1)
	}
}

// TestNULAnywhereIsBinary: a NUL byte makes a file binary wherever it is,
// not only in the first 8 KiB.
func TestNULAnywhereIsBinary(t *testing.T) {
	for _, at := range []int{10, 9000, 100000} {
		data := []byte(strings.Repeat("Plain words here. ", at/18+2))
		data[at] = 0
		_, err := Load(writeFile(t, t.TempDir(), "nul.txt", data), Options{})
		if !errors.Is(err, ErrBinary) {
			t.Errorf("NUL at %d: got %v, want binary file", at, err)
		}
	}
}

// TestLoneCRLineEndings: old Mac line endings are line breaks: the
// headline is the first line only, and positions count lines.
func TestLoneCRLineEndings(t *testing.T) {
	data := []byte("Mayor opens the new bridge\r\r“It is a great day,” she said.\rMore text.\r")
	srcs, err := Load(writeFile(t, t.TempDir(), "mac.txt", data), Options{})
	if err != nil || len(srcs) != 1 {
		t.Fatalf("Load: %v", err)
	}
	s := srcs[0]
	if s.Title != "Mayor opens the new bridge" {
		t.Errorf("title %q", s.Title)
	}
	if pos := s.Locate(strings.Index(s.Text, "“")); pos.Line != 3 || pos.Column != 1 || pos.Offset != 28 {
		t.Errorf("quotation at %+v, want line 3 column 1 offset 28", pos)
	}
	crlf := []byte("Mayor opens the new bridge\r\n\r\nBody text.\r\n")
	srcs, _ = Load(writeFile(t, t.TempDir(), "dos.txt", crlf), Options{})
	if pos := srcs[0].Locate(strings.Index(srcs[0].Text, "Body")); pos.Line != 3 {
		t.Errorf("CRLF: body on line %d, want 3", pos.Line)
	}
}

// TestFilesSkipsSpecialFiles: a FIFO in a walked directory is skipped with
// a warning instead of blocking the read forever.
func TestFilesSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "a.txt", []byte("Some words.\n"))
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	if err := os.Symlink(fifo, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	files, errs := Files([]string{dir})
	if len(files) != 1 || files[0] != good {
		t.Errorf("files %v, want only %s", files, good)
	}
	ws := warnings(errors.Join(errs...))
	if len(ws) != 2 || len(errs) != 2 || !strings.Contains(ws[0].Msg, "not a regular file") {
		t.Errorf("problems %v, want two not-a-regular-file warnings", errs)
	}
}

// TestFilesReadsEachFileOnce: the same file under two spellings, or
// through a symlink in a walked directory, is listed once, with a warning.
func TestFilesReadsEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "d/a.txt", []byte("Some words.\n"))
	if err := os.Symlink(a, filepath.Join(dir, "d/b.txt")); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	files, errs := Files([]string{"d/a.txt", filepath.Join(dir, "d", "a.txt"), "./d/../d/a.txt", "d"})
	if len(files) != 1 || files[0] != "d/a.txt" {
		t.Errorf("files %v, want d/a.txt once", files)
	}
	if ws := warnings(errors.Join(errs...)); len(ws) != 2 || len(errs) != 2 || !strings.Contains(ws[0].Msg, "same file as d/a.txt") {
		t.Errorf("problems %v, want warnings that the other spellings are d/a.txt", errs)
	}
}

// TestHTMLLocateKeepsOrder: text later in a paragraph is never located
// before earlier text, even when its words also appear earlier in the
// markup (an interrupted quotation's second part repeating an opening).
func TestHTMLLocateKeepsOrder(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Vote</title></head><body><article>
<h1>Council votes on the harbour plan tonight</h1>
<p>On time for change, the mayor spoke at length to the council. &ldquo;It is a new day for the harbour,&rdquo; she said, and then: &ldquo;time for change, now.&rdquo;</p>
<p>Other business followed and the meeting closed late in the evening.</p>
</article></body></html>`
	srcs, err := Load(writeFile(t, t.TempDir(), "page.html", []byte(page)), Options{})
	if err != nil || len(srcs) != 1 {
		t.Fatalf("Load: %v", err)
	}
	s := srcs[0]
	first := strings.Index(s.Text, "It is a new day")
	second := strings.Index(s.Text, "time for change, now")
	p1, p2 := s.Locate(first), s.Locate(second)
	if p2.Offset <= p1.Offset {
		t.Errorf("second part at %+v, before the first at %+v", p2, p1)
	}
	if want := strings.Index(page, "time for change, now"); p2.Offset != want {
		t.Errorf("second part at offset %d, want %d", p2.Offset, want)
	}
}

// entityPage is an HTML page of n paragraphs whose text cannot be found
// verbatim in the markup (every letter is a character reference).
func entityPage(n int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><body><article>\n")
	for i := range n {
		b.WriteString("<p>")
		for _, c := range fmt.Sprintf("Paragraph number %d says little", i) {
			fmt.Fprintf(&b, "&#%d;", c)
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// TestHTMLLocatorLinear: looking for paragraphs that are not in the markup
// costs work in proportion to the page, not to its square.
func TestHTMLLocatorLinear(t *testing.T) {
	work := func(n int) (int, int) {
		page := entityPage(n)
		d, err := decodeBytes(page)
		if err != nil {
			t.Fatal(err)
		}
		paras := make([]string, n)
		for i := range paras {
			paras[i] = fmt.Sprintf("Paragraph number %d says little", i)
		}
		return newHTMLLocator(d, paras).scanned, len(page)
	}
	small, smallSize := work(5000)
	large, largeSize := work(20000)
	ratio := float64(large) / float64(small)
	size := float64(largeSize) / float64(smallSize)
	if ratio > 1.5*size {
		t.Errorf("4× the page scanned %.1f× the bytes (%d → %d); want about %.1f×", ratio, small, large, size)
	}
}

// BenchmarkLoadEntityPage loads HTML pages whose text is all character
// references (no paragraph found verbatim) at two sizes.
func BenchmarkLoadEntityPage(b *testing.B) {
	for _, n := range []int{5000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			p := filepath.Join(b.TempDir(), "page.html")
			if err := os.WriteFile(p, entityPage(n), 0o644); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := Load(p, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestFilesFollowsLinkedDirectory: a symbolic link to a directory, named
// on the command line, is walked like the directory.
func TestFilesFollowsLinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "real/a.txt", []byte("Some words.\n"))
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Fatal(err)
	}
	files, errs := Files([]string{link})
	if len(errs) != 0 || len(files) != 1 || files[0] != filepath.Join(link, "a.txt") {
		t.Errorf("files %v, problems %v; want %s", files, errs, filepath.Join(link, "a.txt"))
	}
}
