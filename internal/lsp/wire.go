package lsp

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/sources"
)

// recheckEvery is how long a loaded wire is trusted before its files are
// looked at again for changes.
const recheckEvery = 2 * time.Second

// refetchEvery is how long a wire that names URLs is kept before it is
// read again, so that pages that changed are fetched anew (the fetch
// asks the server whether the page changed since it was cached).
const refetchEvery = 5 * time.Minute

// wireState is the wire copy one configuration file names, loaded once
// and loaded again when the file or the wire's files change.
type wireState struct {
	config  string // the configuration file's path
	wire    *quotecheck.Wire
	err     error // why there is no wire: a bad configuration, no against, nothing readable
	sum     uint64
	checked time.Time
	loaded  time.Time
	urls    bool // against names URLs
}

// errNoAgainst is the state of a configuration that names no wire copy.
var errNoAgainst = errors.New("names no wire copy; add 'against:' with the paths or glob patterns of the sources")

// wireFor gives the wire of the configuration file config, loading it
// the first time and again when what it reads has changed. It reports
// whether it was (re)loaded.
func (s *Server) wireFor(ctx context.Context, config string) (*wireState, bool) {
	st := s.wires[config]
	now := s.now()
	if st != nil && now.Sub(st.checked) < recheckEvery {
		return st, false
	}
	cfg, cfgErr := check.LoadConfig(relative(config))
	sum := fingerprint(config, cfg)
	if st != nil && st.sum == sum && !(st.urls && now.Sub(st.loaded) >= refetchEvery) {
		st.checked = now
		return st, false
	}
	st = &wireState{config: config, sum: sum, checked: now, loaded: now}
	s.wires[config] = st
	switch {
	case cfgErr != nil:
		st.err = cfgErr
	case len(cfg.Against) == 0:
		st.err = fmt.Errorf("%s %w", config, errNoAgainst)
	default:
		st.urls = slices.ContainsFunc(cfg.Against, sources.IsURL)
		if s.Web == nil {
			s.Web = sources.NewWeb(sources.WebOptions{Version: s.Version})
		}
		opts := quotecheck.Options{Web: s.Web, OnProblem: func(p quotecheck.Problem) { s.logf("%s", p) }}
		st.wire, st.err = quotecheck.LoadWire(ctx, cfg, cfg.Against, opts)
		if st.err != nil {
			st.err = fmt.Errorf("%s: against: %w", config, st.err)
			st.wire = nil
		}
	}
	return st, true
}

// relative gives path relative to the working directory when it lies
// under it, as `quotecheck check` names files: findings then name the
// wire's files as the user's shell would.
func relative(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return path
}

// fingerprint sums the names, sizes and modification times of the
// configuration file and of every file its against paths read, so that
// a change to any of them shows.
func fingerprint(config string, cfg *check.Config) uint64 {
	h := fnv.New64a()
	stat := func(p string) {
		fmt.Fprint(h, p, "\x00")
		if fi, err := os.Stat(p); err == nil {
			fmt.Fprint(h, fi.Size(), fi.ModTime().UnixNano(), "\x00")
		}
	}
	stat(config)
	if cfg != nil {
		files, _ := sources.Files(quotecheck.ExpandGlobs(cfg.Against))
		for _, f := range files {
			stat(f)
		}
	}
	return h.Sum64()
}
