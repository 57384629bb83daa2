package actor

import (
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/internal/kb"
)

// Doc holds what one article has established so far: the people it named
// (for "Lavrov" after "Sergey Lavrov", "Bruce" after "spokeswoman Tammy
// Bruce") and the state last seen with each office (for "the foreign
// minister"). It is not safe for concurrent use; make one per article.
type Doc struct {
	r           *Recognizer
	date        time.Time
	names       map[string]*docPerson // folded full names and surnames
	longest     int                   // tokens in the longest full name
	officeState map[string]string
	usGeorgia   bool
	toks        []token
	buf         []target
	// per-sentence tables, reused (see sent.context)
	used           []bool
	startAt, endAt []int
	key            []byte // docMatch's look-up key
	spans          []span
}

// docPerson is a person as the article named them.
type docPerson struct {
	name, country, org, sector, office, title string
	kb                                        *kb.Person
}

// NewDoc starts an article published at the given time; a zero time means
// unknown, and offices resolve to their latest holders.
func (r *Recognizer) NewDoc(published time.Time) *Doc {
	return &Doc{r: r, date: published, names: map[string]*docPerson{}, officeState: map[string]string{}}
}

// remember files a person under the full name and the surname, so later
// sentences can refer to them by either.
func (d *Doc) remember(p *docPerson, nameToks []string) {
	if len(nameToks) >= 2 {
		full := strings.Join(nameToks, " ")
		if _, ok := d.names[full]; !ok || d.names[full].kb == nil || p.kb != nil {
			d.names[full] = p
		}
		d.longest = max(d.longest, len(nameToks))
	}
	sur := nameToks[len(nameToks)-1]
	if len(nameToks) >= 2 && len([]rune(sur)) >= 3 && !starters[sur] && !calendar[sur] && !function[sur] {
		d.names[sur] = p
	}
	if p.office != "" && p.country != "" {
		d.officeState[p.office] = p.country
	}
	if p.office != "" && p.org != "" {
		d.officeState[p.office] = p.org
	}
}

// rememberKB files a knowledge-base person under their canonical name and
// the alias the text used.
func (d *Doc) rememberKB(p *docPerson, alias []token) {
	d.remember(p, d.r.nameWords(p.kb))
	if len(alias) >= 2 {
		d.remember(p, foldTokens(alias))
	}
}

func foldTokens(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word {
			out = append(out, t.fold)
		}
	}
	return out
}

// docMatch finds a person named earlier in the article at token i: a full
// name first, then a surname. Only capitalised words refer to people.
func (d *Doc) docMatch(toks []token, i int) (*docPerson, int) {
	if len(d.names) == 0 || !toks[i].word || !toks[i].upper {
		return nil, i
	}
	for n := min(d.longest, len(toks)-i); n >= 1; n-- {
		var (
			p  *docPerson
			ok bool
		)
		if n == 1 {
			p, ok = d.names[toks[i].fold]
		} else {
			// The key is built in a buffer the Doc keeps: indexing the map
			// with it converted in place makes no string.
			b := d.key[:0]
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, ' ')
				}
				b = append(b, toks[i+k].fold...)
			}
			d.key = b
			p, ok = d.names[string(b)]
		}
		if ok {
			return p, i + n
		}
	}
	return nil, i
}
