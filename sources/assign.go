package sources

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"
)

// Assign gives each source a stable, unique, readable ID: the file's base
// name without extension ("000_6eba9530498a183b"), with "#N" for record N
// of a JSON or JSON Lines file of several records, and with as many parent
// directories as it takes ("a/story", "b/story") when two files share a
// base name. Standard input is "stdin". A file given twice gets "~2" (and
// so on) the second time.
func Assign(srcs []*Source) {
	var files []string
	var groups [][]*Source
	for i, s := range srcs {
		if i == 0 || s.Path != srcs[i-1].Path || s.Record <= srcs[i-1].Record {
			files = append(files, s.Path)
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], s)
	}
	for i, stem := range FileIDs(files) {
		Name(groups[i], stem)
	}
}

// FileIDs gives each file of a list the stem of its sources' IDs, as
// Assign would, from the list alone: so a reader can name each file's
// sources as soon as it loads them.
func FileIDs(files []string) []string {
	depth := depths(files)
	used := map[string]int{}
	out := make([]string, len(files))
	for i, f := range files {
		id := pathKey(f, depth[f])
		used[id]++
		if n := used[id]; n > 1 {
			id = fmt.Sprintf("%s~%d", id, n)
		}
		out[i] = id
	}
	return out
}

// Name sets the IDs of the sources loaded from one file: the file's stem,
// with "#N" for record N.
func Name(srcs []*Source, stem string) {
	for _, s := range srcs {
		s.ID = stem
		if s.Record > 0 {
			s.ID += fmt.Sprintf("#%d", s.Record)
		}
	}
}

// depths gives, for each path, how many trailing names tell it apart
// from the others' (1 for a unique base name).
func depths(files []string) map[string]int {
	depth := map[string]int{}
	for _, f := range files {
		depth[f] = 1
	}
	for range 64 {
		byKey := map[string][]string{}
		for p, k := range depth {
			key := pathKey(p, k)
			byKey[key] = append(byKey[key], p)
		}
		changed := false
		for _, ps := range byKey {
			for _, p := range ps {
				if len(ps) > 1 && depth[p] < len(pathParts(p)) {
					depth[p]++
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	return depth
}

// pathParts splits a path into its names, the last without extension.
func pathParts(p string) []string {
	if p == "-" {
		return []string{"stdin"}
	}
	if IsURL(p) {
		return urlParts(p)
	}
	p = filepath.ToSlash(filepath.Clean(p))
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	last := parts[len(parts)-1]
	if base := strings.TrimSuffix(last, filepath.Ext(last)); base != "" {
		parts[len(parts)-1] = base
	}
	return parts
}

// pathKey gives the last k names of p joined by "/".
func pathKey(p string, k int) string {
	parts := pathParts(p)
	return strings.Join(parts[max(0, len(parts)-k):], "/")
}

// urlParts splits a URL into its host and path names, the last without
// extension; the query and fragment are left out.
func urlParts(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return []string{raw}
	}
	parts := []string{strings.TrimPrefix(u.Hostname(), "www.")}
	for _, name := range strings.Split(u.Path, "/") {
		if name != "" {
			parts = append(parts, name)
		}
	}
	last := parts[len(parts)-1]
	if base := strings.TrimSuffix(last, path.Ext(last)); base != "" && len(parts) > 1 {
		parts[len(parts)-1] = base
	}
	return parts
}
