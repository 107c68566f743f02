package fetch

// internal/golden defines -update, so that 'go test ./... -update' runs
// this package's tests too instead of failing on an unknown flag.
import _ "github.com/quotecheck/quotecheck/internal/golden"
