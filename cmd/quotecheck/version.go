package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Version, when set at build time (-ldflags "-X main.Version=v1.2.3"), is
// the version printed; otherwise the module version from the build
// information is.
var Version = ""

// buildInfo gives the binary's build information, or nil without one.
func buildInfo() *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return bi
}

// versionLine says what this binary is: its version (the module version
// for `go install …@vX`, else "devel"), the VCS revision it was built from
// with "+dirty" when the tree had uncommitted changes, and the Go release.
func versionLine(bi *debug.BuildInfo) string {
	version := Version
	settings := map[string]string{}
	goVersion := ""
	if bi != nil {
		if version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			settings[s.Key] = s.Value
		}
		goVersion = bi.GoVersion
	}
	if version == "" {
		version = "devel"
	}
	var parts []string
	if rev := settings["vcs.revision"]; rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if settings["vcs.modified"] == "true" {
			rev += "+dirty"
		}
		parts = append(parts, "revision "+rev)
	}
	if t := settings["vcs.time"]; t != "" {
		parts = append(parts, t)
	}
	if goVersion != "" {
		parts = append(parts, goVersion)
	}
	if len(parts) == 0 {
		return "quotecheck " + version
	}
	return fmt.Sprintf("quotecheck %s (%s)", version, strings.Join(parts, ", "))
}

// shortVersion is the version alone, for reports that name their tool:
// the release, or "devel" with the revision it was built from.
func shortVersion(bi *debug.BuildInfo) string {
	line := strings.TrimPrefix(versionLine(bi), "quotecheck ")
	v, rest, _ := strings.Cut(line, " (")
	if rev, ok := strings.CutPrefix(rest, "revision "); ok && v == "devel" {
		rev, _, _ = strings.Cut(rev, ",")
		return v + "+" + strings.TrimSuffix(rev, ")")
	}
	return v
}
