// Package timex recognises date expressions in one sentence of news text and
// normalises them against the publication date (the anchor).
//
// Find returns every expression with its byte span, its source text, the
// normalised Value (a day, a day range, an ISO week, a month or a year), the
// clause tense used to resolve it, and the name of the rule that fired so
// --explain can show why a date was chosen. Expressions that cannot be pinned
// (a weekday with no anchor date) are still returned, with Precision None:
// never a guess dressed as a fact.
//
// # Rules
//
// Tense. The clause tense is read from the nearest marker before the
// expression (within 16 tokens, not crossing ';'), else the nearest after it.
// Future markers: will, would, shall, 'll, going (to), slated, scheduled,
// planned, plan(s), expected, due, upcoming, next, proposed, intend(s),
// "set to/for", and "to" after a verb that takes a future infinitive (agreed
// to, is to, hopes to …). Past markers: a list of irregular past verbs (said,
// met, held, spoke, told, began, took …) and lower-case -ed forms, except
// after "be" ("will be held" is future) and except a list of -ed adjectives.
// Russian and Ukrainian future forms (будет, состоится, пройдёт,
// запланирован, відбудеться, буде …) mark the future too. Present tense says
// nothing: the tense is then Unknown.
//
// Weekdays. Past or Unknown tense: the nearest such day on or before the
// anchor (the anchor itself when the weekday matches) - news mostly reports
// what has happened. Future: the nearest on or after. "last Friday" is
// strictly before, "next Monday" strictly after, "this Monday" follows the
// tense (future when Unknown). "Sunday, May 18" takes the date, and uses the
// weekday to pick the year when none is written. "the Sunday Times" is not
// a date. Russian and Ukrainian weekdays count after в/во/у ("в воскресенье",
// "у п'ятницю"), since some forms are also common nouns.
//
// Days. yesterday, today, tonight, tomorrow, this morning/afternoon/evening,
// last night (the day before), the day before yesterday, the day after
// tomorrow; вчера/вчора, сегодня/сьогодні, завтра. "N days ago" is a day;
// "in the past 24 hours" the anchor day; "over the last 48 hours" and "in the
// past three days" ranges ending on the anchor. "the eve of <date>" is the
// day before that date.
//
// Weeks, months, years. last/this/next week are the ISO weeks of anchor-7,
// the anchor and anchor+7 ("the coming week" is next week); earlier/later
// this week are this week; "two weeks ago" is the ISO week of anchor-14. The
// same for month and year, with early/late/mid/earlier/later as
// narrowing words that keep the period. "over the weekend" in a past (or
// tenseless) clause is the Saturday-Sunday range ending on the last Sunday
// on or before the anchor; in a future clause, or "this/next weekend", the
// next one.
//
// Absolute dates. "18 February 2025", "February 18, 2025", "Feb. 18", "18th of
// February", Russian and Ukrainian month names in every case form ("18
// февраля 2025 года", "16 травня", "у березні"). A month and day with no
// year within 45 days of the anchor are that occurrence, whatever the tense
// (writers give the year of a distant date); farther ones take the year
// that puts them nearest the anchor in the clause's direction: past - not
// after the anchor plus two days of tolerance; future - not before it;
// Unknown - nearest either way. With no anchor date,
// Anchor.Year is used; with neither, Precision None. "in March" is a month
// whose year follows the same rule ("last March" is strictly before the
// anchor's month, "next March" strictly after); "March 2022" and "in 2014"
// (after a preposition or early/late/mid) carry their year. "on the 18th" is
// the nearest 18th in the clause's direction.
//
// Numeric dates. ISO "2025-02-18" and "2025/02/18" are year-month-day.
// "18.02.2025" with dots is day first (the dotted form is European). For
// "/" and "-" the order is settled by evidence: a part above 12 decides; then
// Anchor.Order, the outlet's own convention; then, when exactly one of the
// two readings falls within 60 days of the anchor, that one; otherwise the
// mention is returned with Precision None and rule "numeric-ambiguous".
//
// Ranges. "23-25 May", "May 23-25, 2025", "from 13 to 24 June", "between May
// 23 and 25", "13 May - 2 June 2025", "с 1 по 5 мая": Value.Start is the first
// day and Value.End the last, at Day precision. "January–March 2025" and
// "between 2014 and 2022" are month and year ranges: End is the first day of
// the last month or year, and Value.Last the last day covered.
//
// Not dates. A digit run counts as a day or year only when it stands alone:
// "1,000-for-1,000", "24-hour", "30-day", "G20", "08:35", "2-1", "15%",
// "1.5 hours", "$18", "the 1980s" are rejected, as are "Article 5", "the 2014
// election" (a year needs a preposition) and "may"/"march" in lower case.
//
// Performance. A sentence with no digit and no date word is rejected after a
// single tokenising pass without allocation; the matcher allocates only the
// returned slice.
package timex
