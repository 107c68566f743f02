package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/sources"
	"github.com/spf13/pflag"
)

// webFlags are the flags for articles named by URL, which extract, diff
// and check share.
type webFlags struct {
	urls    []string
	offline bool
	bad     int // lines of the --urls lists that are not URLs, each printed as a problem
}

// register defines the flags; urlsUsage says what --urls adds to.
func (w *webFlags) register(fs *pflag.FlagSet, urlsUsage string) {
	fs.StringArrayVar(&w.urls, "urls", nil, urlsUsage)
	fs.BoolVar(&w.offline, "offline", false, "fetch nothing: read pages named by URL only from the cache, and name each one it lacks")
	pathFlag(fs, "urls")
}

// paths gives the path arguments with the URLs of the --urls files after
// them. A list that cannot be opened is a usage error; a line of it that is
// not a URL is printed to stderr as a problem and counted in w.bad, and the
// rest of the list is read (one bad record loses one record).
func (w *webFlags) paths(cmd string, paths []string, stderr io.Writer) ([]string, error) {
	for _, name := range w.urls {
		urls, err := sources.ReadURLList(name)
		if err != nil && len(urls) == 0 && !lineErrors(err) {
			return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: --urls: %v", cmd, err)}
		}
		for _, e := range sources.Flatten(err) {
			printProblem(stderr, sources.ProblemOf(e))
			w.bad++
		}
		paths = append(paths, urls...)
	}
	return paths, nil
}

// lineErrors reports whether err is made of errors that name a line of
// the list: bad lines, not a list that could not be read at all.
func lineErrors(err error) bool {
	for _, e := range sources.Flatten(err) {
		if p := sources.ProblemOf(e); p.Line == 0 {
			return false
		}
	}
	return true
}

// web makes the fetcher for the run: cached in $QUOTECHECK_CACHE_DIR, else
// the user cache directory, and offline when asked.
func (w *webFlags) web() *sources.Web {
	return sources.NewWeb(sources.WebOptions{Offline: w.offline, Version: shortVersion(buildInfo())})
}

// splitURLs splits a flag value naming URLs at the commas that start
// another URL, so that a comma inside one URL does not cut it.
func splitURLs(v string) []string {
	var out []string
	for v != "" {
		next := -1
		for _, scheme := range []string{",http://", ",https://", ", http://", ", https://"} {
			if i := strings.Index(strings.ToLower(v), scheme); i >= 0 && (next < 0 || i < next) {
				next = i
			}
		}
		if next < 0 {
			out = append(out, strings.TrimSpace(v))
			break
		}
		out = append(out, strings.TrimSpace(v[:next]))
		v = strings.TrimLeft(v[next+1:], " ")
	}
	return out
}
