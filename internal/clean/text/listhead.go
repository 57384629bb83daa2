package text

import "strings"

// listHeads open a list of links to other pages, in several languages:
// "Most read", "Trending", "Related", "More from …". Each may be followed
// by a word or two of its own ("Most read this week", "Related stories").
// "Read more" and "See also" are not among them: they label one link,
// often inside the story.
var listHeads = []string{"most read", "most viewed", "most popular", "most shared", "most commented",
	"trending", "related", "more from", "more on", "more in", "popular", "top stories", "more stories",
	"latest news", "latest stories", "recommended", "you may also like", "you might also like",
	"editor's picks", "editors' picks", "editor’s picks",
	"meistgelesen", "beliebt", "mehr zum thema", "mehr aus", "les plus lus", "à lire aussi", "lire aussi",
	"sur le même sujet", "lo más leído", "más leídas", "más leído", "relacionad", "te puede interesar",
	"più letti", "più lette", "correlati", "potrebbe interessarti", "mais lidas", "mais lidos",
	"популярное", "самое читаемое", "читайте также", "по теме", "популярне", "найпопулярніше",
	"читайте також", "по темі", "en çok okunan", "ilgili haberler", "الأكثر قراءة", "اقرأ أيضا"}

// headContinues are the words that may follow a list header ("Trending
// now", "Most read this week", "Related stories"); any other word makes the
// line a headline of its own ("Popular anger grows").
var headContinues = setOf("now", "today", "this", "stories", "articles", "news", "posts", "content", "videos",
	"reads", "reading", "topics", "links", "coverage", "week", "searches", "on", "in", "from", "at", "for",
	"items", "headlines", "pages", "nachrichten", "artikel", "articles", "noticias", "notizie", "новости")

// listHeadMax is the most words a list header holds.
const listHeadMax = 5

// listHead recognises the header of a list of links: a short line that
// opens with one of listHeads and is no sentence ("Related: Talks resume
// in Riyadh" is a link, not a header).
func listHead(lower string, f *feats) bool {
	if f.words == 0 || f.words > listHeadMax || f.endPunct && !strings.HasSuffix(lower, ":") {
		return false
	}
	lower = strings.TrimRight(lower, ": ")
	if lower == "" || !listHeadFirst[lower[0]] {
		return false
	}
	for _, h := range listHeads {
		if !strings.HasPrefix(lower, h) {
			continue
		}
		rest := lower[len(h):]
		if rest == "" {
			return true
		}
		if w := strings.Fields(rest); rest[0] == ' ' && !strings.Contains(rest, ":") &&
			(headContinues[w[0]] || strings.HasSuffix(h, " from") || strings.HasSuffix(h, " on") ||
				strings.HasSuffix(h, " in") || strings.HasSuffix(h, " aus")) {
			return true
		}
		if h == "relacionad" && !strings.Contains(rest, " ") { // relacionado(s), relacionada(s)
			return true
		}
	}
	return false
}

// listHeadFirst marks the first bytes of listHeads: a line that starts
// with none of them is compared with no header.
var listHeadFirst = func() (t [256]bool) {
	for _, h := range listHeads {
		t[h[0]] = true
	}
	return t
}()
