//go:build race

package quotecheck

// raceEnabled: the race detector changes how much memory a run holds.
const raceEnabled = true
