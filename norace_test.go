//go:build !race

package quotecheck

const raceEnabled = false
