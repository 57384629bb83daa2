package report

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/article"
)

// csvWriter wraps encoding/csv so that every text cell is made safe for
// spreadsheets and errors are checked once.
type csvWriter struct {
	w   *csv.Writer
	err error
}

func (c *csvWriter) row(cells ...string) {
	if c.err != nil {
		return
	}
	c.err = c.w.Write(cells)
}

func (c *csvWriter) flush(what string) error {
	if c.err == nil {
		c.w.Flush()
		c.err = c.w.Error()
	}
	if c.err != nil {
		return fmt.Errorf("write %s: %w", what, c.err)
	}
	return nil
}

// cell makes scraped text safe for a spreadsheet: a cell that starts with
// a formula character (=, +, -, @, tab, carriage return) is prefixed with
// an apostrophe, as OWASP advises against CSV injection; control
// characters become spaces.
func cell(s string) string {
	s = clean(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// actorsCell lists actors in one cell: "Sergey Lavrov (RUS); Russia (RUS)".
func actorsCell(actors []article.Actor) string { return cell(actorsText(actors, "; ")) }

func placeCell(p *article.Place) string { return cell(placeText(p)) }

func intCell(n int) string { return strconv.Itoa(n) }

func floatCell(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }
