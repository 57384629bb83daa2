package nlp

import (
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
	"github.com/chronicle-news/chronicle/internal/clean/meta"
	"github.com/chronicle-news/chronicle/internal/kb"
	"github.com/chronicle-news/chronicle/internal/nlp/actor"
	"github.com/chronicle-news/chronicle/internal/nlp/sentence"
	"github.com/chronicle-news/chronicle/internal/nlp/timex"
)

// Analyzer runs the nlp stage. It is built once from a knowledge base and
// is safe for concurrent use; each Analyze call keeps its own state.
type Analyzer struct {
	rec *actor.Recognizer
}

// New returns an Analyzer over the knowledge base k.
func New(k *kb.KB) *Analyzer { return &Analyzer{rec: actor.New(k)} }

// Sentence is one sentence of an article body with what it mentions. Start
// and End are byte offsets in the body; the mentions' offsets are relative
// to the sentence.
type Sentence struct {
	Start, End int
	Text       string
	Actors     []actor.Mention
	Places     []actor.Mention
	Dates      []timex.Mention
}

// Doc is the analysis of one article.
type Doc struct {
	// Anchor is what relative dates were resolved against.
	Anchor    timex.Anchor
	Sentences []Sentence
}

// Analyze splits the article's body into sentences and finds their actors,
// places and dates.
func (a *Analyzer) Analyze(art *article.Article) Doc {
	d := Doc{Anchor: AnchorOf(art)}
	var pub time.Time
	if !art.Published.IsZero() {
		pub = d.Anchor.Date
	}
	doc := a.rec.NewDoc(pub)
	for _, s := range sentence.Split(art.Body) {
		actors, places := doc.Sentence(s.Text)
		d.Sentences = append(d.Sentences, Sentence{
			Start: s.Start, End: s.End, Text: s.Text,
			Actors: actors, Places: places, Dates: timex.Find(s.Text, d.Anchor),
		})
	}
	return d
}

// AnchorOf is what an article's relative dates are resolved against: its
// publication day in the publication's own zone; failing that, the latest
// year its page shows (a caption's date tells the era even when the page
// gives no publication date); and the outlet's order of day and month in
// numeric dates, when the outlet table knows it.
func AnchorOf(art *article.Article) timex.Anchor {
	var an timex.Anchor
	if !art.Published.IsZero() {
		t := art.Published.Time
		an.Date = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	} else if art.Format == article.FormatText && len(art.Raw) > 0 {
		an.Year = meta.PageYear(string(art.Raw))
	}
	if o, ok := meta.LookupOutlet(art.Outlet); ok {
		switch o.DateOrder {
		case meta.DayFirst:
			an.Order = timex.DayFirst
		case meta.MonthFirst:
			an.Order = timex.MonthFirst
		}
	}
	return an
}
