package merge

import "fmt"

// symmetric lists the types whose two sides act together: who is named
// first is the reporter's choice, so a reversed pair is the same event (and
// a conflict on who initiated). In every other type the direction is the
// event: Israel striking Iran and Iran striking Israel are two events.
var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// ongoing lists the types that repeat day after day between the same sides
// (strikes, mobilisations, protests), where a one-day difference is more
// likely the next occurrence than a time-zone slip.
var ongoing = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "PROTEST": true}

// Compatible reports whether two mentions may tell one real-world event,
// and why (or why not), for explanations. It is symmetric. The rule:
//
//   - the same type, and never two mentions of one article (the event
//     stage already told them apart);
//   - participants overlapping by identity (a person counts as their
//     state): as many shared sides as the smaller mention has, up to two,
//     so "Lavrov called Rubio" matches "Russia and the United States
//     spoke" but Russia–Ukraine talks do not match US–Ukraine talks; and
//     when each names a side the other lacks (Russia–Ukraine talks hosted
//     by Turkey, Turkey–US–Ukraine talks), three shared sides;
//   - the same direction for directed types (a strike and the
//     retaliation are two events);
//   - dates that overlap at their precision; a month or a year only the
//     same month or year; days one apart only when everything else is the
//     same; an undated mention stands for a few days around its article's
//     publication, and an undated mention of an undated article joins
//     nothing;
//   - a single shared side (a one-sided mention) needs both mentions dated
//     to the day or week, and is never enough for daily recurring types;
//   - places in the same country (or one missing);
//   - CONSULT modes that agree on whether the sides were in one room.
//
// Mentions in two copies of one story (articles of one near-duplicate
// group: a wire story and its reprint) are held to less: the copy tells
// the same sentence, often cut, so one shared side, the same direction,
// agreeing places and overlapping dates suffice (an undated mention of a
// copy stands for the days before its publication, as always).
func Compatible(a, b Mention) (ok bool, why string) {
	return check(a, b, factsOf(a), factsOf(b), true)
}

// facts are what Compatible derives from one mention, computed once per
// mention when Plan compares it with many.
type facts struct {
	sides, actors, recipients []ident
	span                      span
	dated                     bool
}

func factsOf(m Mention) *facts {
	f := &facts{sides: sidesOf(m.Event), actors: identities(m.Event.Actors), recipients: identities(m.Event.Recipients)}
	f.span, f.dated = spanOf(m)
	return f
}

// check is Compatible over precomputed facts; explanations are written
// only when explain is set, so that Plan's many refusals cost no
// formatting.
func check(a, b Mention, fa, fb *facts, explain bool) (bool, string) {
	say := func(format string, args ...any) string {
		if !explain {
			return ""
		}
		return fmt.Sprintf(format, args...)
	}
	if a.ID != "" && a.ID == b.ID {
		return true, "same mention"
	}
	if a.Event.Type != b.Event.Type {
		return false, say("types differ: %s, %s", a.Event.Type, b.Event.Type)
	}
	if a.Article != "" && a.Article == b.Article {
		return false, "same article: its event stage told the mentions apart"
	}
	sa, sb := fa.sides, fb.sides
	shared, need := common(sa, sb), min(2, len(sa), len(sb))
	if need == 0 {
		return false, "a mention names no participant"
	}
	if copies(a, b) && shared >= 1 {
		return copyCompatible(a, b, fa, fb, say)
	}
	if shared < need {
		return false, say("participants: %d shared identities of %d needed (%s | %s)",
			shared, need, labels(sa), labels(sb))
	}
	if shared < 3 && shared < len(sa) && shared < len(sb) {
		return false, say("participants: each mention has a side the other lacks (%s | %s)", labels(sa), labels(sb))
	}
	if !symmetric[a.Event.Type] && reversed(fa, fb) {
		return false, "direction reversed: " + a.Event.Type + " is directed"
	}
	if !fa.dated || !fb.dated {
		return false, "undated mention of an undated article"
	}
	pa, pb := fa.span, fb.span
	if need == 1 && (pa.prec > precWeek || pb.prec > precWeek) {
		return false, "one side in common needs both mentions dated to the day or week"
	}
	if need == 1 && ongoing[a.Event.Type] {
		return false, "one side in common is too little for " + a.Event.Type + ", which recurs daily"
	}
	ok, dateWhy := datesAgree(pa, pb, explain)
	if !ok && slack(a, b, pa, pb, len(sa) == len(sb) && shared == len(sa)) {
		dateWhy, ok = "dates one day apart, all else the same (kept as a conflict)", true
	}
	if !ok {
		return false, dateWhy
	}
	if !placesAgree(a.Event.Location, b.Event.Location) {
		return false, say("places differ: %s, %s", a.Event.Location.Name, b.Event.Location.Name)
	}
	if a.Event.Type == "CONSULT" {
		if ma, mb := modeOf(a.Event), modeOf(b.Event); ma != "" && mb != "" && remote(ma) != remote(mb) {
			return false, "modes differ: " + ma + ", " + mb
		}
	}
	return true, say("%s, %d shared identities (%s), %s", a.Event.Type, shared, labels(sa), dateWhy)
}

// copies reports whether two mentions come from near-duplicate articles.
func copies(a, b Mention) bool {
	return a.Group != "" && a.Group == b.Group
}

// copyCompatible is the rule for mentions of two copies of one story.
func copyCompatible(a, b Mention, fa, fb *facts, say func(string, ...any) string) (bool, string) {
	if !symmetric[a.Event.Type] && reversed(fa, fb) {
		return false, "direction reversed: " + a.Event.Type + " is directed"
	}
	if !fa.dated || !fb.dated {
		return false, "undated mention of an undated article"
	}
	if ok, why := datesAgree(fa.span, fb.span, true); !ok {
		return false, why
	}
	if !placesAgree(a.Event.Location, b.Event.Location) {
		return false, say("places differ: %s, %s", a.Event.Location.Name, b.Event.Location.Name)
	}
	return true, say("%s in two copies of one story, sides %s | %s", a.Event.Type, labels(fa.sides), labels(fb.sides))
}
