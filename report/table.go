package report

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the table width used when the terminal's is unknown.
const DefaultWidth = 120

// newTable makes a table that wraps long cells to fit width columns and
// keeps headers as written.
func newTable(w io.Writer, width int) *tablewriter.Table {
	if width <= 0 {
		width = DefaultWidth
	}
	return tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithMaxWidth(width),
	)
}
