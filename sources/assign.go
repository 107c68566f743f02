package sources

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Assign gives each source a stable, unique, readable ID: the file's base
// name without extension ("000_6eba9530498a183b"), with "#N" for record N
// of a JSON or JSON Lines file of several records, and with as many parent
// directories as it takes ("a/story", "b/story") when two files share a
// base name. Standard input is "stdin". A name that is still not unique
// (the same file loaded twice) gets "~2", "~3" and so on.
func Assign(srcs []*Source) {
	depth := map[string]int{}
	for _, s := range srcs {
		depth[s.Path] = 1
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
	used := map[string]int{}
	for _, s := range srcs {
		id := pathKey(s.Path, depth[s.Path])
		if s.Record > 0 {
			id += fmt.Sprintf("#%d", s.Record)
		}
		used[id]++
		if n := used[id]; n > 1 {
			id = fmt.Sprintf("%s~%d", id, n)
		}
		s.ID = id
	}
}

// pathParts splits a path into its names, the last without extension.
func pathParts(p string) []string {
	if p == "-" {
		return []string{"stdin"}
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
