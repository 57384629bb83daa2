package text

import "strings"

// Clean classifies every line of a flattened page and returns the article's
// title and body. It never fails: a page with no article yields an empty
// body with every line's role still set.
//
// Lines repeated on other pages of the site are furniture evidence, except
// when they would take the whole article: then the page is a copy or an
// update of a page seen before, and it is cleaned on its own evidence.
func Clean(input string, opt Options) Page {
	p, _ := clean(input, opt)
	if opt.Repeats != nil && CountWords(p.Body, minRepeatBody) < minRepeatBody {
		alone, _ := clean(input, Options{Lines: opt.Lines})
		if CountWords(alone.Body, minRepeatBody+1) > CountWords(p.Body, minRepeatBody) {
			return alone
		}
	}
	return p
}

// minRepeatBody is the body, in words, below which the evidence of repeated
// lines is distrusted.
const minRepeatBody = 15

// clean is Clean that also returns the line classes, for tests and tuning.
func clean(input string, opt Options) (Page, []class) {
	pre := opt.Lines.of(input)
	var raws []string
	if pre != nil {
		raws = pre.raws
	} else {
		raws = strings.Split(input, "\n")
	}
	lines := make([]Line, len(raws))
	f := make([]feats, len(raws))
	cls := make([]class, len(raws))
	counts := make(map[string]int, len(raws))
	keys := make([]string, len(raws))
	for i, raw := range raws {
		if pre != nil {
			lines[i] = Line{N: i + 1, Raw: raw, Text: pre.texts[i], Role: Furniture}
		} else {
			raw = strings.TrimSuffix(raw, "\r")
			lines[i] = Line{N: i + 1, Raw: raw, Text: normalize(raw), Role: Furniture}
		}
		if lines[i].Text == "" {
			lines[i].Role = Blank
			continue
		}
		if pre != nil {
			keys[i] = pre.keys[i]
		} else {
			keys[i] = key(lines[i].Text)
		}
		f[i] = measure(lines[i].Text, keys[i])
		counts[keys[i]]++
	}
	scale := proseScale(f)
	for i := range lines {
		cls[i] = initialClass(&f[i], scale)
		if cls[i] == cBlank {
			continue
		}
		if counts[keys[i]] > 1 && f[i].words < 25 {
			cls[i] = cBad // menus and headline lists repeat inside a page; prose does not
		}
		if opt.Repeats != nil && opt.Site != "" && repeatedElsewhere(opt.Repeats, opt.Site, keys[i], &f[i]) {
			cls[i] = cBad
		}
		if f[i].caption && f[i].chars < 300 && cls[i] != cBad {
			cls[i] = cShort // a caption neither makes nor breaks the article around it
		}
	}
	teaserRuns(lines, f, cls)
	initial := append([]class(nil), cls...)
	revise(cls)
	if i := leadingStandfirst(lines, f, cls, counts, keys); i >= 0 {
		cls[i], initial[i] = cGood, cGood
	}
	lo, hi, from, to := bestBlock(cls, f)
	if lo >= 0 {
		hi = cutHeaded(lines, f, cls, lo, hi, opt.Site)
		lo, hi = extendEdges(lines, f, cls, initial, lo, hi, func(i int) bool { return counts[keys[i]] > 1 })
		blocks := append(nearBlocks(lines, f, cls, lo, hi, from, to), [2]int{lo, hi})
		for _, b := range blocks {
			for i := b[0]; i <= b[1]; i++ {
				if cls[i] == cGood && !(f[i].caption && f[i].chars < 300) && !(initial[i] == cShort && headingShape(&lines[i], &f[i])) {
					lines[i].Role = Body
				}
			}
			lo, hi = min(lo, b[0]), max(hi, b[1])
		}
		trimTail(lines, f, lo, hi, opt.Site)
		if end := listTail(lines, f, lo, hi); end > hi {
			for i := hi + 1; i <= end; i++ {
				if lines[i].Text != "" {
					lines[i].Role = Body
				}
			}
		}
	}
	return assemble(lines, assignRoles(lines, f, counts, keys)), cls
}

// leadingStandfirst keeps a page's first line when it is the article's
// summary rather than a headline: a long sentence-case line of prose that
// leads straight into the body, with at most a caption between. Such a line
// lacks the full stop that would make it good on its own.
// It returns the line's index, or -1.
func leadingStandfirst(lines []Line, f []feats, cls []class, counts map[string]int, keys []string) int {
	top := -1
	for i := range lines {
		if lines[i].Text != "" {
			top = i
			break
		}
	}
	if top < 0 || cls[top] == cGood {
		return -1
	}
	t := &f[top]
	if t.words < 10 || t.stopDensity() < stopsHigh || t.capRatio() >= 0.4 || t.furniture || t.truncated ||
		counts[keys[top]] > 1 || len(siteParts(lines[top].Text)) > 1 {
		return -1
	}
	for j := top + 1; j < len(lines); j++ {
		if lines[j].Text == "" || f[j].caption {
			continue
		}
		if cls[j] == cGood {
			return top
		}
		break
	}
	return -1
}

// teaserRuns marks long lines cut short with "..." as furniture when a
// neighbour is cut short too: a list of teasers. A lone long one is kept for
// the classifier to judge, since paywalls cut the article's last paragraph
// the same way.
func teaserRuns(lines []Line, f []feats, cls []class) {
	prev := -1
	for i := range lines {
		if lines[i].Text == "" {
			continue
		}
		if prev >= 0 && f[i].truncated && f[prev].truncated {
			cls[i], cls[prev] = cBad, cBad
		}
		prev = i
	}
}

// proseScale measures the page's running text against the stopword
// density of typical prose. Below 15 per cent stopwords, the table does not
// cover the page's language and 0 is returned. Languages it covers less
// densely (those without articles, like Russian) score between: the
// jusText thresholds are then scaled down so that their prose still counts.
func proseScale(f []feats) float64 {
	words, stops := 0, 0
	for i := range f {
		if f[i].chars >= lengthLow {
			words += f[i].words
			stops += f[i].stops
		}
	}
	if words == 0 {
		return 1
	}
	d := float64(stops) / float64(words)
	if d < 0.15 {
		return 0
	}
	return min(1, d/proseDensity)
}

// proseDensity is the stopword share of a page's longer lines below which
// the thresholds are scaled; typical English, French or German news pages
// lie above it.
const proseDensity = 0.32

// repeatedElsewhere weighs how often a line was seen on other pages of the
// site. Short lines seen on another page are furniture; a full paragraph must
// recur on most pages before it is, since a site may reuse a sentence.
func repeatedElsewhere(r *Repeats, site, k string, f *feats) bool {
	n := r.count(site, k)
	if n < 2 {
		return false
	}
	if f.words < 12 || !f.endPunct {
		return true
	}
	pages := r.Pages(site)
	return n >= 3 && 2*n >= pages
}

// assemble joins the body lines into the page's text.
func assemble(lines []Line, title string) Page {
	p := Page{Title: title, Lines: lines}
	var b strings.Builder
	n := 0 // the body's length, so that it is built in one allocation
	for _, l := range lines {
		if l.Role == Body || l.Role == Heading {
			n += len(l.Text) + 2
		}
	}
	b.Grow(n)
	for _, l := range lines {
		switch l.Role {
		case Body, Heading:
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(l.Text)
		}
	}
	p.Body = b.String()
	return p
}
