package timex

// OrderOf reports the numeric date order that the text's own dates prove:
// DayFirst when a slash or dash date reads only day-first ("13/02/2025"),
// MonthFirst when it reads only month-first ("02/13/2025"), Unknown when no
// date decides or the text contradicts itself. Callers feed it an outlet's
// pages to learn the Anchor.Order its ambiguous dates ("02/06/2025") need.
func OrderOf(text string) Order {
	var stack [64]token
	toks, _ := tokenize(text, stack[:0])
	f := finder{s: text, t: toks}
	var order Order
	for i := range toks {
		if toks[i].kind != tkNum {
			continue
		}
		a, s1, b, s2, c := f.tok(i), f.tok(i+1), f.tok(i+2), f.tok(i+3), f.tok(i+4)
		if s1.kind != tkPunct || s1.r != s2.r || s1.r != '/' && s1.r != '-' || b.kind != tkNum || c.kind != tkNum ||
			a.nd > 2 || b.nd > 2 || c.nd != 4 || !f.adjacent(i+1) || !f.adjacent(i+2) || !f.adjacent(i+3) || !f.adjacent(i+4) {
			continue
		}
		var o Order
		switch dm, md := validDate(c.num, b.num, a.num), validDate(c.num, a.num, b.num); {
		case dm && !md:
			o = DayFirst
		case md && !dm:
			o = MonthFirst
		default:
			continue
		}
		if order != Unknown && order != o {
			return Unknown
		}
		order = o
	}
	return order
}
