package dedup_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/internal/dedup"
)

func ExampleIndex() {
	wire := "The foreign ministers of both countries met in Vienna on Thursday and agreed to reopen the main " +
		"border crossing for trucks and buses, ending a closure that had lasted since the autumn."
	reprint := "Foreign ministers of both countries met in Vienna on Thursday and agreed to reopen the main " +
		"border crossing for trucks and buses, ending a closure that had lasted since autumn."
	other := "Truck drivers welcomed the news from Vienna, where the two ministers settled the dispute " +
		"over the crossing after four hours of talks."
	x := dedup.NewIndex()
	x.Add("b-reprint", dedup.Sketch(reprint))
	x.Add("c-other", dedup.Sketch(other))
	x.Add("a-wire", dedup.Sketch(wire))
	for _, id := range []string{"a-wire", "b-reprint", "c-other"} {
		fmt.Println(id, "→", x.Group(id))
	}
	// Output:
	// a-wire → a-wire
	// b-reprint → a-wire
	// c-other → c-other
}
