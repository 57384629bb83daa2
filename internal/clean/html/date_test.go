package html

import (
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/internal/article"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // Published.String(); "" for none
		prec article.Precision
	}{
		{"2024-03-05", "2024-03-05", article.Day},
		{"2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z", article.Minute},
		{"2024-03-05T14:30:00+01:00", "2024-03-05T14:30:00+01:00", article.Minute},
		{"2024-03-05T14:30:00.123-0500", "2024-03-05T14:30:00-05:00", article.Minute},
		{"2024-03-05T14:30+0530", "2024-03-05T14:30:00+05:30", article.Minute},
		{"2024-03-05 14:30:00 +02:00", "2024-03-05T14:30:00+02:00", article.Minute},
		{"2024-03-05 14:30:00 EST", "2024-03-05T14:30:00-05:00", article.Minute},
		{"2024-03-05T14:30:00", "2024-03-05", article.Day},                         // no zone: the day only
		{"2024-03-05T00:00:00+00:00", "2024-03-05", article.Day},                   // midnight: a date entered alone
		{"2024-03-05T23:30:00-08:00", "2024-03-05T23:30:00-08:00", article.Minute}, // the day in its own zone
		{"20240305", "2024-03-05", article.Day},
		{"20240305T143000Z", "2024-03-05T14:30:00Z", article.Minute},
		{"Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00Z", article.Minute},
		{"Tue, 5 Mar 2024 14:30:00 +0100", "2024-03-05T14:30:00+01:00", article.Minute},
		{"March 5, 2024", "2024-03-05", article.Day},
		{"5 March 2024", "2024-03-05", article.Day},
		{"2024/03/05", "2024-03-05", article.Day},
		{"05.03.2024", "2024-03-05", article.Day},
		{"2024-02-30", "", article.Unknown},
		{"1850-01-01", "", article.Unknown},
		{"2024-13-01", "", article.Unknown},
		{"yesterday", "", article.Unknown},
		{"", "", article.Unknown},
		{"2024-03-05T25:10:00Z", "2024-03-05", article.Day},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parseDate(tt.in)
			if got.String() != tt.want || got.Precision != tt.prec {
				t.Errorf("parseDate(%q) = %q (precision %d), want %q (precision %d)", tt.in, got.String(), got.Precision, tt.want, tt.prec)
			}
		})
	}
}

func TestPublishedSources(t *testing.T) {
	tests := []struct {
		name, page, pageURL, want string
	}{
		{"json-ld beats meta", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-02T08:00:00Z"}</script><meta property="article:published_time" content="2022-12-31">`, "", "2023-01-02T08:00:00Z"},
		{"meta day refined by time of same day", `<meta name="date" content="2023-01-02"><time datetime="2023-01-02T09:15:00+01:00" pubdate>2 Jan</time>`, "", "2023-01-02T09:15:00+01:00"},
		{"itemprop content", `<span itemprop="datePublished" content="2020-07-14T12:00:00-04:00">July 14</span>`, "", "2020-07-14T12:00:00-04:00"},
		{"time in article", `<header><time datetime="2025-01-01">today</time></header><article><time datetime="2019-05-06">6 May</time></article>`, "", "2019-05-06"},
		{"two unrelated times", `<time datetime="2025-01-01">a</time><time datetime="2019-05-06">b</time>`, "", ""},
		{"url", `<p>x</p>`, "https://news.example/world/2018/11/30/summit", "2018-11-30"},
		{"canonical url", `<link rel="canonical" href="https://news.example/2017-04-03/story">`, "", "2017-04-03"},
		{"nothing", `<p>Published recently</p>`, "https://news.example/world/summit", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "<html><head></head><body>"+tt.page+"</body></html>")
			m := readMeta(scanDoc(doc), parseBase(tt.pageURL))
			if got := m.published.String(); got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseDateZoneKept(t *testing.T) {
	got := parseDate("2024-03-05T23:30:00-08:00")
	if _, off := got.Time.Zone(); off != -8*3600 {
		t.Errorf("offset = %d, want -28800", off)
	}
	if !got.Time.Equal(time.Date(2024, 3, 6, 7, 30, 0, 0, time.UTC)) {
		t.Errorf("instant = %v", got.Time)
	}
}
