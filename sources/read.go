package sources

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// MaxFileSize is the largest article file read; larger files are refused.
const MaxFileSize = 64 << 20

// Options tunes Read.
type Options struct {
	Stdin io.Reader // read for the path "-"
	// Web fetches paths that are http or https URLs; nil means a shared
	// default (WebOptions' zero value).
	Web *Web
}

// Files lists the article files named by paths (directories are walked
// recursively, in lexical order); "-" stands for standard input, and an
// http or https URL is listed as it is, for Load to fetch.
//
// Files named directly are always listed. In directories, hidden files and
// directories are skipped, as are files that are not articles: names
// without an article extension (.txt .text .md .markdown .html .htm .xhtml
// .json .jsonl .ndjson), annotation files named gold.json, and README and
// LICENSE files. A JSON file found there that does not hold article
// records is reported by Load, not skipped. A path that cannot be read, or
// a directory with no articles, is an error (*Error).
//
// A file is listed once however it is reached: the same file under
// another spelling, or through a symbolic link, is skipped with a warning
// (*Warning), as are FIFOs, sockets and devices found in directories
// (reading them could block forever).
func Files(paths []string) ([]string, []error) {
	return FileOptions{}.Files(paths)
}

// FileOptions tunes which files Files lists.
type FileOptions struct {
	// Exclude are glob patterns of paths to leave out, named outright or
	// found in a directory: a pattern without a slash is matched against
	// the last element ('*.bak'), one with a slash against the whole path
	// as it is spelled ('drafts/old/**'), "**" matching any number of
	// directories. An excluded directory is not walked.
	Exclude []string
	// OnSkip, when set, is told of each path left out, and why: excluded,
	// hidden, or not an article's name.
	OnSkip func(path, why string)
}

func (o FileOptions) skip(p, why string) {
	if o.OnSkip != nil {
		o.OnSkip(p, why)
	}
}

// Files lists the article files named by paths as the package's Files
// does, leaving out what o excludes.
func (o FileOptions) Files(paths []string) ([]string, []error) {
	var files []string
	var errs []error
	seen := map[string]string{} // resolved path: the spelling listed
	add := func(p string) {
		key := resolve(p)
		first, ok := seen[key]
		switch {
		case !ok:
			seen[key] = p
			files = append(files, p)
		case first != p:
			errs = append(errs, &Warning{Path: p, Msg: "same file as " + first + "; read once"})
		}
	}
	for _, p := range paths {
		if p == "-" || IsURL(p) {
			add(p)
			continue
		}
		if pat, ok := excluded(o.Exclude, p); ok {
			o.skip(p, "excluded by "+pat)
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
			errs = append(errs, &Error{Path: p, Err: unwrapPathError(err)})
		case info.IsDir():
			found, err := o.walkDir(p)
			errs = append(errs, flatten(err)...)
			for _, f := range found {
				add(f)
			}
		case !info.Mode().IsRegular():
			errs = append(errs, &Error{Path: p, Err: errors.New("not a regular file")})
		default:
			add(filepath.Clean(p))
		}
	}
	return files, errs
}

func (o FileOptions) walkDir(root string) ([]string, error) {
	var found []string
	var firstErr error
	var skipped []error
	walkRoot := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		walkRoot = root + string(filepath.Separator) // a link to a directory: walk what it names
	}
	err := filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if firstErr == nil {
				firstErr = &Error{Path: p, Err: unwrapPathError(err)}
			}
			return nil
		}
		hidden := p != walkRoot && strings.HasPrefix(d.Name(), ".")
		pat, out := "", false
		if p != walkRoot {
			pat, out = excluded(o.Exclude, p)
		}
		switch {
		case out:
			o.skip(p, "excluded by "+pat)
		case hidden:
			o.skip(p, "hidden")
		case !d.IsDir() && !isArticleName(d.Name()):
			o.skip(p, skipReason(d.Name()))
		case d.IsDir():
			return nil
		}
		if d.IsDir() {
			return filepath.SkipDir
		}
		if out || hidden || !isArticleName(d.Name()) {
			return nil
		}
		if !regularFile(p, d) {
			skipped = append(skipped, &Warning{Path: p, Msg: "not a regular file (a FIFO, socket, device or link to one); skipped"})
			return nil
		}
		found = append(found, p)
		return nil
	})
	if err == nil && firstErr != nil {
		err = firstErr
	}
	if err == nil && len(found) == 0 && len(skipped) == 0 {
		err = &Error{Path: root, Err: errors.New("no article files in directory")}
	}
	return found, errors.Join(append(skipped, err)...)
}

// regularFile tells whether a directory entry is, or links to, a regular file.
func regularFile(p string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(p)
	return err != nil || info.Mode().IsRegular() // a broken link is reported by Load
}

// resolve gives the absolute path of p with symbolic links followed, or p
// cleaned when that fails; "-" stays "-".
func resolve(p string) string {
	if p == "-" || IsURL(p) {
		return p
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// isArticleName reports whether a file found in a directory is read as
// an article.
func isArticleName(name string) bool {
	lower := strings.ToLower(name)
	if lower == "gold.json" || strings.HasPrefix(lower, "readme") || strings.HasPrefix(lower, "license") {
		return false
	}
	_, ok := formatByExt[filepath.Ext(lower)]
	return ok
}

// skipReason says why a file found in a directory is not read as an
// article.
func skipReason(name string) string {
	lower := strings.ToLower(name)
	switch {
	case lower == "gold.json":
		return "an annotation file (gold.json), not an article"
	case strings.HasPrefix(lower, "readme"), strings.HasPrefix(lower, "license"):
		return "a README or LICENSE, not an article"
	}
	exts := make([]string, 0, len(formatByExt))
	for ext := range formatByExt {
		exts = append(exts, ext)
	}
	slices.Sort(exts)
	return "not an article's extension (" + strings.Join(exts, " ") + ")"
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Load reads one file: one Source for an article file, one per record for
// JSON and JSON Lines. IDs are left for Assign to set. An http or https
// URL is fetched with Options.Web and read as an HTML page; its Path is the
// URL, and its positions are in the page as fetched.
//
// The error is an *Error naming the file (and line where there is one),
// or, when several records of a file are bad, those *Errors joined
// (errors.Join); the good records are returned with it. Caveats that did
// not stop the reading, such as bytes that were not UTF-8 (read as
// Windows-1252), are *Warning values joined in the same way, with the
// sources. ProblemOf tells them apart. Load may be called from several
// goroutines at once.
//
// Source.Locate gives positions in the file itself for plain text,
// Markdown and HTML: line, column in characters (a byte order mark is not
// one) and byte offset in the file as it is on disk, whatever its
// encoding. For HTML this is best effort: the place where the text appears
// verbatim in the markup, else the start of its paragraph. For JSON and
// JSON Lines, Line is the line where the record begins, and Column and
// Offset count within the Source's Text.
func Load(path string, opts Options) ([]*Source, error) {
	return LoadContext(context.Background(), path, opts)
}

// LoadContext is Load that stops fetching a URL when ctx ends (a file is
// read whole either way): the fetch fails with the context's error.
func LoadContext(ctx context.Context, path string, opts Options) ([]*Source, error) {
	if IsURL(path) {
		return loadURL(ctx, path, opts)
	}
	b, err := readLimited(path, opts)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	srcs, err := parse(path, b)
	return srcs, setPath(err, path)
}

// Parse reads one article file from r, as Load reads the file named name;
// name gives the format (by its extension) and the sources' Path.
func Parse(name string, r io.Reader) ([]*Source, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, &Error{Path: name, Err: err}
	}
	srcs, err := parse(name, b)
	return srcs, setPath(err, name)
}

func readLimited(path string, opts Options) ([]byte, error) {
	var r io.Reader
	size := int64(0)
	if path == "-" {
		if opts.Stdin == nil {
			return nil, errors.New("no standard input given")
		}
		r = opts.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		defer f.Close()
		info, err := f.Stat()
		switch {
		case err != nil:
			return nil, unwrapPathError(err)
		case info.IsDir():
			return nil, errors.New("is a directory")
		case info.Size() > MaxFileSize:
			return nil, fmt.Errorf("file too large (%d bytes; the limit is %d)", info.Size(), MaxFileSize)
		}
		r, size = f, info.Size()
	}
	return readSized(r, size)
}

// readAll reads r up to MaxFileSize.
func readAll(r io.Reader) ([]byte, error) { return readSized(r, 0) }

// readSized reads r up to MaxFileSize into a buffer made for size bytes
// (a file's size as it was opened), growing it if r holds more.
func readSized(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, min(size, MaxFileSize)+512)
	b, err := appendAll(b, io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("input too large (over %d bytes)", MaxFileSize)
	}
	return b, nil
}

// appendAll appends what r holds to b, as io.ReadAll does for an empty b.
func appendAll(b []byte, r io.Reader) ([]byte, error) {
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// parse makes sources of a file's bytes; errors carry no path yet.
// Warnings from decoding are joined to the error.
func parse(path string, b []byte) ([]*Source, error) {
	if len(b) == 0 {
		return nil, errors.New("empty file")
	}
	if IsReport(b) {
		return nil, &Warning{Msg: "a report or baseline quotecheck wrote, not an article; skipped"}
	}
	d, err := decodeBytes(b)
	if err != nil {
		return nil, err
	}
	srcs, err := parseDecoded(path, d)
	for _, s := range srcs {
		if s.Published == "" {
			s.Published = Published(s.Date)
		}
	}
	if len(d.warns) > 0 {
		err = errors.Join(append(d.warns, flatten(err)...)...)
	}
	return srcs, err
}

// parseDecoded makes sources of a decoded file.
func parseDecoded(path string, d *decoded) ([]*Source, error) {
	if form := captionForm(path, d.text); form != "" {
		src, err := parseCaptions(path, d, form)
		if err != nil {
			return nil, err
		}
		return []*Source{src}, nil
	}
	var src *Source
	var err error
	switch detectFormat(path, d.text) {
	case FormatJSON:
		return parseJSON(path, d)
	case FormatJSONL:
		return parseJSONLines(path, d)
	case FormatHTML:
		src, err = parseHTML(path, d)
	case FormatMarkdown:
		src, err = parseMarkdown(path, d)
	default:
		src = parseText(path, d)
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(src.Text) == "" || strings.TrimSpace(src.Text) == src.Title {
		return nil, errors.New("empty article (no text after metadata)")
	}
	attachTranscript(src, d.text)
	return []*Source{src}, nil
}

// setPath names path on err and on each error joined in it.
func setPath(err error, path string) error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var errs []error
		for _, e := range j.Unwrap() {
			errs = append(errs, setPath(e, path))
		}
		return errors.Join(errs...)
	}
	var e *Error
	if errors.As(err, &e) {
		if e.Path == "" {
			e.Path = path
		}
		return err
	}
	var w *Warning
	if errors.As(err, &w) {
		if w.Path == "" {
			w.Path = path
		}
		return err
	}
	return &Error{Path: path, Err: err}
}

// flatten lists the errors joined in err.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// Read lists, loads and assigns IDs to every article under paths. Problems
// with single files are returned as errors (*Error, or *Warning for a
// caveat) while the rest are read.
func Read(paths []string, opts Options) ([]*Source, []error) {
	files, errs := Files(paths)
	type result struct {
		srcs []*Source
		err  error
	}
	results := make([]result, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 4, max(len(files), 1)) {
		wg.Go(func() {
			for i := range next {
				srcs, err := Load(files[i], opts)
				results[i] = result{srcs, err}
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var srcs []*Source
	for _, r := range results {
		srcs = append(srcs, r.srcs...)
		errs = append(errs, flatten(r.err)...)
	}
	Assign(srcs)
	return srcs, errs
}

// ReportHeadSize is how many bytes at the start of a file IsReport reads.
const ReportHeadSize = 1024

// GeneratorMark is the mark in the first ReportHeadSize bytes of every
// Markdown and HTML report quotecheck writes (and of its JSON reports, as
// "generator"), by which it knows its own reports among articles.
const GeneratorMark = "quotecheck"

// IsReport tells whether a file whose first bytes are head is a report
// (Markdown, HTML or JSON) or a baseline quotecheck wrote, to be skipped
// as an input.
func IsReport(head []byte) bool {
	head = head[:min(len(head), ReportHeadSize)]
	for _, m := range reportMarks {
		if bytes.Contains(head, []byte(m)) {
			return true
		}
	}
	return false
}

// reportMarks are how each report format carries GeneratorMark.
var reportMarks = []string{
	"<!-- generated by " + GeneratorMark,                              // Markdown
	`<meta name="generator" content="` + GeneratorMark,                // HTML
	`"generator": "` + GeneratorMark, `"generator":"` + GeneratorMark, // JSON
	`"tool": "` + GeneratorMark + `"`, // a baseline
}
