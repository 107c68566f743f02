package check

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

func (p *configParser) ignore(key string, v *yaml.Node) error {
	if v.Kind != yaml.SequenceNode {
		return p.errorf(v, key, "want a list of rules (each with path, text, speaker and/or kind)")
	}
	for i, it := range v.Content {
		var r Rule
		prefix := fmt.Sprintf("%s[%d].", key, i)
		err := p.eachPair(it, prefix, func(k string, kn, vn *yaml.Node) error { return p.rule(&r, k, kn, vn) })
		if err != nil {
			return err
		}
		if r == (Rule{}) {
			return p.errorf(it, strings.TrimSuffix(prefix, "."), "empty rule would ignore everything; set path, text, speaker or kind")
		}
		p.cfg.Ignore = append(p.cfg.Ignore, r)
	}
	return nil
}

func (p *configParser) rule(r *Rule, key string, k, v *yaml.Node) error {
	s, err := p.scalar(key, v)
	if err != nil {
		return err
	}
	switch k.Value {
	case "path":
		if _, err := filepath.Match(s, ""); err != nil {
			return p.errorf(v, key, "bad glob %q: %v", s, err)
		}
		r.Path = s
	case "text":
		re, err := regexp.Compile(s)
		if err != nil {
			return p.errorf(v, key, "bad regular expression: %v", err)
		}
		r.Text = re
	case "speaker":
		r.Speaker = s
	case "kind":
		if err := validKey(s); err != nil {
			return p.errorf(v, key, "%v", err)
		}
		r.Kind = s
	default:
		return p.errorf(k, key, "unknown rule condition (want path, text, speaker or kind)")
	}
	return nil
}

// matches tells whether the rule's path, text and speaker conditions hold
// for a quotation.
func (r *Rule) matches(path, text, speaker string) bool {
	if r.Path != "" && !globMatch(r.Path, path) {
		return false
	}
	if r.Text != nil && !r.Text.MatchString(text) {
		return false
	}
	return r.Speaker == "" || strings.EqualFold(strings.TrimSpace(r.Speaker), strings.TrimSpace(speaker))
}

func globMatch(glob, path string) bool {
	slash := filepath.ToSlash(path)
	for _, p := range []string{slash, strings.TrimPrefix(slash, "./"), filepath.Base(path)} {
		if ok, _ := filepath.Match(glob, p); ok {
			return true
		}
	}
	return false
}

// ignored reports whether the configuration drops a quotation outright, and
// otherwise which difference kinds it drops for it.
func (c *Config) ignored(path, text, speaker string) (all bool, kinds []string) {
	for i := range c.Ignore {
		r := &c.Ignore[i]
		if !r.matches(path, text, speaker) {
			continue
		}
		if r.Kind == "" {
			return true, nil
		}
		kinds = append(kinds, r.Kind)
	}
	return false, kinds
}
