package main

import (
	"fmt"
	"strings"

	"github.com/quotecheck/quotecheck/sources"
	"github.com/spf13/pflag"
)

// webFlags are the flags for articles named by URL, which extract, diff
// and check share.
type webFlags struct {
	urls    []string
	offline bool
}

// register defines the flags; urlsUsage says what --urls adds to.
func (w *webFlags) register(fs *pflag.FlagSet, urlsUsage string) {
	fs.StringArrayVar(&w.urls, "urls", nil, urlsUsage)
	fs.BoolVar(&w.offline, "offline", false, "fetch nothing: read pages named by URL only from the cache, and name each one it lacks")
	pathFlag(fs, "urls")
}

// paths gives the path arguments with the URLs of the --urls files after
// them. A list that cannot be read is a usage error.
func (w *webFlags) paths(cmd string, paths []string) ([]string, error) {
	for _, name := range w.urls {
		urls, err := sources.ReadURLList(name)
		if err != nil {
			return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: --urls: %v", cmd, err)}
		}
		paths = append(paths, urls...)
	}
	return paths, nil
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
