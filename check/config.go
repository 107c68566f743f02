package check

import (
	"errors"
	"fmt"
	"github.com/quotecheck/quotecheck/sources"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/internal/safefile"
	"go.yaml.in/yaml/v3"
)

// ConfigName is the name of the configuration file looked for in the working
// directory and its parents.
const ConfigName = ".quotecheck.yaml"

// Formats gives the output formats of `quotecheck check`; the first is the default.
func Formats() []string { return []string{"line", "json", "table", "sarif", "github"} }

// FailLevels gives the values of fail_on / --fail-on, least to most lenient.
func FailLevels() []string { return []string{"info", "warning", "error", "never"} }

// Keys of Config.Severities that are not difference kinds.
const (
	KeyNotFound = StatusNotFound // a quotation no source has
	KeyFragment = "fragment"     // a not-found quotation of at most FragmentWords words, or a fragment
	KeyOutside  = "outside"      // a quotation the transcripts do not cover, with no wire copy to check it against
)

// findingKeys are the severity keys of findings that rest on no
// difference, with their default severities: the rows check adds to
// align's kind table (align.DefaultSeverity), which .quotecheck.yaml
// overrides by the same names.
var findingKeys = []struct {
	key      string
	severity align.Severity
}{
	{KeyNotFound, align.Warning},
	{KeyFragment, align.Info},
	{KeyOutside, align.Info},
}

// findingSeverity gives the default severity of a finding key.
func findingSeverity(key string) align.Severity {
	for _, row := range findingKeys {
		if row.key == key {
			return row.severity
		}
	}
	return align.None
}

// kindNames lists the difference kinds' names, as configuration keys use them.
func kindNames() []string {
	var out []string
	for _, k := range align.Kinds() {
		out = append(out, string(k))
	}
	return out
}

// Config is what a .quotecheck.yaml file sets. Flags override it.
type Config struct {
	File          string     // the file it was read from; "" for the defaults
	Against       []string   // source paths, made relative to the working directory
	FailOn        string     // one of FailLevels; "" when unset
	Format        string     // one of Formats; "" when unset
	Severities    Severities // by kind, kind-subkind, "not-found", "fragment" or "outside"
	FragmentWords int        // not-found quotations this short count as fragments
	Ignore        []Rule
	Speakers      map[string]string // transcript speaker labels → people ("MS. PSAKI": "Jen Psaki")
}

// Rule drops findings, or some of their differences. Every condition that is
// set must hold; with Kind set only differences of that kind (or not-found
// findings, for "not-found") are dropped, otherwise the whole finding is.
type Rule struct {
	Path    string         // glob matched against the draft's path and its base name
	Text    *regexp.Regexp // matched against the quotation's text
	Speaker string         // the draft's speaker, case-insensitive
	Kind    string         // difference kind, kind-subkind, or "not-found"
}

// DefaultConfig is the configuration used when there is no file.
func DefaultConfig() *Config {
	return &Config{Severities: Severities{}, FragmentWords: 2}
}

// ConfigError is a problem in a configuration file, naming the line and key.
type ConfigError struct {
	File string
	Line int
	Key  string
	Err  error
}

func (e *ConfigError) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Key, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

// FindConfig looks for ConfigName in dir and its parents up to the root of
// the repository dir is in (the directory holding .git), or, outside a
// repository, up to the home directory when dir is inside it, else in dir
// alone: a file further up belongs to someone else's project and never
// applies unseen. It returns "" when there is none.
func FindConfig(dir string) string {
	stop := RepoRoot(dir)
	if stop == "" {
		stop = dir
		if home, err := os.UserHomeDir(); err == nil && within(dir, home) {
			stop = home
		}
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if _, err := os.Lstat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if dir == stop || parent == dir {
			return ""
		}
		dir = parent
	}
}

// RepoRoot gives the directory holding .git that dir is in (dir or a
// parent), or "" outside a repository.
func RepoRoot(dir string) string {
	if a, err := filepath.Abs(dir); err == nil {
		dir = a
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// within tells whether dir is root or inside it.
func within(dir, root string) bool {
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// MaxConfigSize is the largest configuration file read.
const MaxConfigSize = 1 << 20

// LoadConfig reads a configuration file: a regular file (or a link to
// one) of at most MaxConfigSize bytes. Paths in it are taken relative to
// the file's directory.
func LoadConfig(path string) (*Config, error) {
	b, err := safefile.Read(path, MaxConfigSize)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("config %s: no such file", path)
		}
		return nil, fmt.Errorf("config %s: %w", path, unwrapPath(err))
	}
	return ParseConfig(path, b)
}

// ParseConfig reads a configuration from the contents of file. An unknown key
// or a bad value is an error naming the file, line and key.
func ParseConfig(file string, data []byte) (*Config, error) {
	cfg := DefaultConfig()
	cfg.File = file
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &ConfigError{File: file, Line: yamlErrLine(err), Err: fmt.Errorf("not valid YAML: %v", err)}
	}
	if len(doc.Content) == 0 {
		return cfg, nil // an empty file sets nothing
	}
	p := &configParser{file: file, dir: filepath.Dir(file), cfg: cfg}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "", "want a mapping of settings (against, fail_on, format, severities, fragment_words, ignore, speakers)")
	}
	if err := p.eachPair(root, "", p.top); err != nil {
		return nil, err
	}
	return cfg, nil
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 1
}

type configParser struct {
	file, dir string
	cfg       *Config
}

func (p *configParser) errorf(n *yaml.Node, key, format string, args ...any) error {
	return &ConfigError{File: p.file, Line: n.Line, Key: key, Err: fmt.Errorf(format, args...)}
}

// eachPair calls fn for every key/value of mapping n, rejecting repeated keys.
func (p *configParser) eachPair(n *yaml.Node, prefix string, fn func(key string, k, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, strings.TrimSuffix(prefix, "."), "want a mapping")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			return p.errorf(k, prefix+k.Value, "set twice")
		}
		seen[k.Value] = true
		if err := fn(prefix+k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (p *configParser) top(key string, k, v *yaml.Node) error {
	switch key {
	case "against":
		return p.against(key, v)
	case "fail_on":
		s, err := p.oneOf(key, v, FailLevels())
		p.cfg.FailOn = s
		return err
	case "format":
		s, err := p.oneOf(key, v, Formats())
		p.cfg.Format = s
		return err
	case "fragment_words":
		var n int
		if v.Kind != yaml.ScalarNode || v.Decode(&n) != nil || n < 0 {
			return p.errorf(v, key, "want a whole number of words (0 or more), not %q", v.Value)
		}
		p.cfg.FragmentWords = n
		return nil
	case "severities":
		return p.eachPair(v, key+".", p.severity)
	case "ignore":
		return p.ignore(key, v)
	case "speakers":
		return p.eachPair(v, key+".", func(key string, k, v *yaml.Node) error {
			name, err := p.scalar(key, v)
			if p.cfg.Speakers == nil {
				p.cfg.Speakers = map[string]string{}
			}
			p.cfg.Speakers[k.Value] = name
			return err
		})
	}
	return p.errorf(k, key, "unknown setting (want against, fail_on, format, severities, fragment_words, ignore or speakers)")
}

func (p *configParser) scalar(key string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		return "", p.errorf(v, key, "want a single value")
	}
	return v.Value, nil
}

func (p *configParser) oneOf(key string, v *yaml.Node, allowed []string) (string, error) {
	s, err := p.scalar(key, v)
	if err != nil {
		return "", err
	}
	if !slices.Contains(allowed, strings.ToLower(s)) {
		return "", p.errorf(v, key, "unknown value %q (want %s)", s, strings.Join(allowed, ", "))
	}
	return strings.ToLower(s), nil
}

func (p *configParser) against(key string, v *yaml.Node) error {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	for _, it := range items {
		s, err := p.scalar(key, it)
		if err != nil || s == "" {
			return p.errorf(it, key, "want a path or a list of paths")
		}
		if !filepath.IsAbs(s) && s != "-" && !sources.IsURL(s) {
			s = filepath.Join(p.dir, s)
		}
		p.cfg.Against = append(p.cfg.Against, s)
	}
	return nil
}

func (p *configParser) severity(key string, k, v *yaml.Node) error {
	if err := validKey(k.Value); err != nil {
		return p.errorf(k, key, "%v", err)
	}
	s, err := p.scalar(key, v)
	if err != nil {
		return err
	}
	sev, err := align.ParseSeverity(s)
	if err != nil {
		return p.errorf(v, key, "%v", err)
	}
	p.cfg.Severities[k.Value] = sev
	return nil
}

// validKey checks a severities or ignore key: a difference kind, kind-subkind,
// "not-found" or "fragment".
func validKey(key string) error {
	kinds := kindNames()
	if findingSeverity(key) != align.None || slices.Contains(kinds, key) {
		return nil
	}
	if kind, sub, ok := strings.Cut(key, "-"); ok && sub != "" && slices.Contains(kinds, kind) {
		return nil
	}
	return fmt.Errorf("unknown difference kind %q (want one of %s, kind-subkind, %s, %s or %s)",
		key, strings.Join(kinds, ", "), KeyNotFound, KeyFragment, KeyOutside)
}
