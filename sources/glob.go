package sources

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// IsGlob tells whether p holds a glob metacharacter (* ? or [).
func IsGlob(p string) bool { return strings.ContainsAny(p, "*?[") }

// CheckGlob reports a malformed pattern (an unclosed [ for instance).
func CheckGlob(pattern string) error {
	for _, seg := range strings.Split(filepath.ToSlash(pattern), "/") {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return errors.New("malformed pattern " + pattern)
		}
	}
	return nil
}

// MatchGlob tells whether name matches pattern, segment by segment as
// path.Match sees them, where a "**" segment matches any number of
// segments, none included: "drafts/**/*.md" matches "drafts/a.md" and
// "drafts/x/y/a.md". Both are cleaned and read with slashes.
func MatchGlob(pattern, name string) bool {
	pat := strings.Split(filepath.ToSlash(filepath.Clean(pattern)), "/")
	segs := strings.Split(filepath.ToSlash(filepath.Clean(name)), "/")
	// ok[j] tells whether pat[:i] matches segs[:j], row by row: linear in
	// len(pat)*len(segs) however many "**" there are.
	ok := make([]bool, len(segs)+1)
	ok[0] = true
	for _, p := range pat {
		next := make([]bool, len(segs)+1)
		for j := range next {
			switch {
			case p == "**":
				next[j] = ok[j] || (j > 0 && next[j-1])
			case j > 0 && ok[j-1]:
				m, _ := path.Match(p, segs[j-1])
				next[j] = m
			}
		}
		ok = next
	}
	return ok[len(segs)]
}

// ErrNoMatch is the error of ExpandPath for a pattern that matches no file.
var ErrNoMatch = errors.New("no file matches")

// ExpandPath gives the paths a path argument stands for: the files a glob
// pattern the shell left as it was matches ('drafts/**/*.md', quoted, or on
// Windows), in order (see Glob); the path itself when it holds no pattern,
// names a file as it stands (one really named with a * or [), is "-" or is
// a URL. A pattern that matches nothing is ErrNoMatch; a malformed one is
// Glob's error.
func ExpandPath(p string) ([]string, error) {
	if p == "-" || strings.Contains(p, "://") || !IsGlob(p) {
		return []string{p}, nil
	}
	if _, err := os.Lstat(p); err == nil {
		return []string{p}, nil
	}
	found, err := Glob(p)
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, ErrNoMatch
	}
	return found, nil
}

// Glob gives the paths that match pattern, in lexical order, spelled as
// the pattern spells its fixed leading directories. Without "**" it is
// filepath.Glob; with it, the directory the pattern fixes is walked and
// the files under it matched with MatchGlob, hidden files and directories
// left out unless the pattern names them with a leading dot.
func Glob(pattern string) ([]string, error) {
	if err := CheckGlob(pattern); err != nil {
		return nil, err
	}
	slash := filepath.ToSlash(pattern)
	if !strings.Contains(slash, "**") {
		return filepath.Glob(pattern)
	}
	segs := strings.Split(slash, "/")
	fixed := 0
	for fixed < len(segs) && !IsGlob(segs[fixed]) {
		fixed++
	}
	root := strings.Join(segs[:fixed], "/")
	if root == "" && fixed > 0 {
		root = "/"
	}
	if fixed == 0 {
		root = "."
	}
	dots := false // the pattern names hidden files itself
	for _, seg := range segs[fixed:] {
		dots = dots || strings.HasPrefix(seg, ".")
	}
	var found []string
	err := filepath.WalkDir(filepath.FromSlash(root), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable parts match nothing; a path named outright reports its own error
		}
		if !dots && p != filepath.FromSlash(root) && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && MatchGlob(pattern, p) {
			found = append(found, p)
		}
		return nil
	})
	slices.Sort(found)
	return found, err
}

// excluded tells which of patterns, if any, excludes p: a pattern
// without a slash is matched against p's last element (--exclude
// '*.draft.md' anywhere), one with a slash against the whole path
// ('drafts/old/**').
func excluded(patterns []string, p string) (string, bool) {
	if p == "-" {
		return "", false
	}
	for _, pat := range patterns {
		if !strings.ContainsRune(filepath.ToSlash(pat), '/') {
			if m, _ := path.Match(pat, filepath.Base(p)); m {
				return pat, true
			}
			continue
		}
		if MatchGlob(pat, p) {
			return pat, true
		}
	}
	return "", false
}
