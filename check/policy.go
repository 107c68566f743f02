package check

import "github.com/quotecheck/quotecheck/align"

// Severities is the severity policy of a .quotecheck.yaml: a severity by
// difference kind, by kind-subkind ("substituted-contraction"), or for
// "not-found" and "fragment" quotations, in place of align's defaults.
// `quotecheck check` and `quotecheck diff` both apply it, so a kind set to
// info fails neither.
type Severities map[string]align.Severity

// Of gives a difference's severity under the policy: its kind-subkind's,
// else its kind's, else the one align gave it.
func (s Severities) Of(d align.Difference) align.Severity {
	if d.Subkind != "" {
		if sev, ok := s[d.Key()]; ok {
			return sev
		}
	}
	if sev, ok := s[string(d.Kind)]; ok {
		return sev
	}
	return d.Severity
}

// Utterances sets every difference's severity by the policy, and each
// version's and utterance's severity to the worst of theirs, in place.
func (s Severities) Utterances(us []align.Utterance) {
	if len(s) == 0 {
		return
	}
	for i := range us {
		u := &us[i]
		u.Severity = align.None
		for j := range u.Versions {
			v := &u.Versions[j]
			v.Severity = align.None
			for k := range v.Differences {
				d := &v.Differences[k]
				d.Severity = s.Of(*d)
				v.Severity = max(v.Severity, d.Severity)
			}
			u.Severity = max(u.Severity, v.Severity)
		}
	}
}
