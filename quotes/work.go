package quotes

import "sync/atomic"

// workDone counts the loop steps of every extraction in this process: the
// runes the scanner visits, the bytes its look-ahead and look-behind read,
// and the tokens context walks. Tests read it to hold the work linear in
// the input; Extract adds its count once, at its end.
var workDone atomic.Int64

// maxWarnings is how many warnings Extract lists for one file; a last
// warning counts the rest.
const maxWarnings = 100
